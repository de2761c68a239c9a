import { area, template } from '../build.js';
import { SEED_ARTICLES } from '../template.js';

/**
 * Eight departments and four roles. Units have no purpose field, so each department's sentences are
 * the items of one area titled 职责, in the seed's order. The seed does not place the roles in units;
 * 总经理, 运营经理 and 销售经理 go where their titles and duties say (总经理办公室, 运营管理部, 销售部),
 * and 产品经理, whose duties span several departments, stays outside any unit. 总经理 "全面监督中心的各项工作",
 * so the three managers report to it.
 */
export const operationsCentreDepartments = template(
  {
    id: 'operations-centre-departments',
    name: {
      zh: '电商运营中心组织架构及岗位职责',
      en: 'E-commerce operations centre: structure and role responsibilities',
    },
    summary: {
      zh: '按部门搭建的电商运营中心：总经理办公室、运营管理部、销售部、采购部、客服部、数据分析部、市场推广部和技术研发部八个部门，以及总经理、运营经理、产品经理、销售经理四个管理岗位。与同名的“新版”不同，它以部门为主体描述职责，并包含技术研发部门，适合规模较大、部门齐全的团队。',
      en: 'An operations centre built from departments: a general manager’s office, operations management, sales, procurement, customer service, data analysis, marketing and technology R&D, plus four management roles (general manager, operations manager, product manager, sales manager). Unlike the “new edition” of the same title it states duties per department and includes a technology department, so it suits a larger team with every function in house.',
    },
    source: { file: SEED_ARTICLES, heading: '电商运营中心组织架构及岗位职责' },
  },
  {
    units: [
      {
        id: 'gm-office',
        name: '总经理办公室',
        kind: 'office',
        responsibilities: [
          area('职责', [
            '总经理办公室是电商运营中心的核心,负责全面监督中心的各项工作,制定和落实中心的发展战略和目标。',
          ]),
        ],
      },
      {
        id: 'operations-management',
        name: '运营管理部',
        responsibilities: [
          area('职责', [
            '运营管理部是电商运营中心的核心部门,负责组织和协调中心的运营工作。',
            '主要任务包括制定运营策略、管理产品上线和下线的流程、建立并优化商品管理系统等。',
          ]),
        ],
      },
      {
        id: 'sales',
        name: '销售部',
        responsibilities: [
          area('职责', [
            '销售部负责中心的销售业绩。',
            '具体职责包括负责销售目标的制定和达成、开拓新的销售渠道、协调内部部门资源以满足销售需求等。',
          ]),
        ],
      },
      {
        id: 'procurement',
        name: '采购部',
        responsibilities: [
          area('职责', [
            '采购部负责中心的供应链管理,确保产品的质量和供应的及时性。',
            '其职责包括寻找供应商、评估供应商的供货能力、协调采购和仓储的工作等。',
          ]),
        ],
      },
      {
        id: 'customer-service',
        name: '客服部',
        responsibilities: [
          area('职责', [
            '客服部负责处理与消费者的线上线下售后服务。',
            '其职责包括解答消费者的咨询、处理退换货事宜、处理投诉和纠纷等。',
          ]),
        ],
      },
      {
        id: 'data-analysis',
        name: '数据分析部',
        responsibilities: [
          area('职责', [
            '数据分析部负责对中心的运营数据进行分析和挖掘,为管理层提供决策支持。',
            '其职责包括搜集和整理数据、分析数据趋势、制定数据报告和预测等。',
          ]),
        ],
      },
      {
        id: 'marketing',
        name: '市场推广部',
        responsibilities: [
          area('职责', [
            '市场推广部负责中心的品牌宣传和推广策略的制定与执行。',
            '其职责包括市场调研、制定推广计划、组织线上线下促销活动等。',
          ]),
        ],
      },
      {
        id: 'technology',
        name: '技术研发部',
        responsibilities: [
          area('职责', [
            '技术研发部负责中心的技术支持和产品开发。',
            '其职责包括开发和维护电商平台、研究新技术、提供技术支持等。',
          ]),
        ],
      },
    ],
    roles: [
      {
        id: 'general-manager',
        title: '总经理',
        unitId: 'gm-office',
        purpose: '负责电商运营中心的整体规划和发展,制定运营策略和目标,并全面监督中心的各项工作。',
      },
      {
        id: 'ops-manager',
        title: '运营经理',
        unitId: 'operations-management',
        reportsTo: 'general-manager',
        purpose: '负责组织和协调中心的运营工作,制定运营策略和运营流程,并监督各个环节的执行情况。',
      },
      {
        id: 'product-manager',
        title: '产品经理',
        reportsTo: 'general-manager',
        purpose: '负责产品的策划、设计和管理,包括市场调研、竞品分析、产品规划和项目管理等。',
        notes: '原文未说明产品经理所属部门。',
      },
      {
        id: 'sales-manager',
        title: '销售经理',
        unitId: 'sales',
        reportsTo: 'general-manager',
        purpose: '负责制定销售策略和销售目标,并组织销售团队实施销售计划,推动销售业绩的增长。',
      },
    ],
  },
);
