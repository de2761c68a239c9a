import { area, template } from '../build.js';
import { SEED_ARTICLES } from '../template.js';

const MAY_ALSO_SET_UP =
  '除了以上几个岗位,电商运营中心还可能设立其他职位,如推广设计师、活动策划师等,根据公司的具体情况和业务需求进行调整。';

/**
 * Five roles with bulleted duties (the seed's "-" bullets, one item each, under 主要职责) and two
 * roles the centre "may also set up". 运营经理/总监 leads the team and assigns its work, so every other
 * role, the optional ones included, reports to it.
 */
export const operationsCentreRoles = template(
  {
    id: 'operations-centre-roles',
    name: {
      zh: '电商运营中心组织架构岗位职责',
      en: 'E-commerce operations centre: structure and role duties',
    },
    summary: {
      zh: '由运营经理/总监带领的精简运营团队：运营专员/助理、数据分析师、广告推广专员和客户服务专员，每个岗位列出主要职责。它是唯一标明可选岗位的模板：推广设计师和活动策划师可按公司情况和业务需要增设。',
      en: 'A lean operations team led by an operations manager/director: an operations specialist/assistant, a data analyst, an advertising specialist and a customer service specialist, each with bulleted main duties. It is the only template that marks roles as optional: a promotion designer and an events planner, to be added as the company and its business need them.',
    },
    source: { file: SEED_ARTICLES, heading: '电商运营中心组织架构岗位职责' },
  },
  {
    units: [{ id: 'operations-centre', name: '电商运营中心', kind: 'centre' }],
    roles: [
      {
        id: 'ops-director',
        title: '运营经理/总监',
        unitId: 'operations-centre',
        purpose: '运营经理/总监是电商运营中心的领导者,负责制定运营策略和目标,并推动团队实施。',
        responsibilities: [
          area('主要职责', [
            '制定并实施电商平台的运营战略,提升销售业绩',
            '监控业绩指标,分析数据并制定改进计划',
            '管理团队,分配工作任务,进行绩效考核',
            '与其他部门(如采购、仓储、物流等)进行沟通协调,保证供应链的畅通。',
          ]),
        ],
      },
      {
        id: 'ops-specialist',
        title: '运营专员/助理',
        unitId: 'operations-centre',
        reportsTo: 'ops-director',
        purpose: '运营专员/助理是电商运营的执行者,负责具体的运营工作。',
        responsibilities: [
          area('主要职责', [
            '编写商品描述、促销文案等,提高商品的曝光度和销售量',
            '管理商品信息,包括价格、库存、上架下架等',
            '监控竞争对手的动态,及时调整运营策略。',
          ]),
        ],
      },
      {
        id: 'data-analyst',
        title: '数据分析师',
        unitId: 'operations-centre',
        reportsTo: 'ops-director',
        purpose:
          '数据分析师负责对电商平台的数据进行分析,并提供有价值的数据报告和建议,以帮助运营团队更好地决策。',
        responsibilities: [
          area('主要职责', [
            '收集、整理和分析电商平台及产品相关的各类数据,包括流量、转化率、用户行为等',
            '制定并监控关键指标,并提供行业趋势分析和竞争对手分析报告',
            '根据数据分析结果提出优化建议,优化产品和运营策略',
            '参与制定公司的市场推广计划,提供数据支持。',
          ]),
        ],
      },
      {
        id: 'advertising-specialist',
        title: '广告推广专员',
        unitId: 'operations-centre',
        reportsTo: 'ops-director',
        purpose: '广告推广专员负责电商平台的推广工作,提高品牌知名度和销售量。',
        responsibilities: [
          area('主要职责', [
            '制定并执行广告推广计划,包括引擎广告、社交媒体广告等',
            '管理广告预算,监控广告效果,并进行优化',
            '分析竞争对手的广告策略,提供竞争优势的建议',
            '与广告代理商、媒体合作,推动广告的投放和效果。',
          ]),
        ],
      },
      {
        id: 'customer-service',
        title: '客户服务专员',
        unitId: 'operations-centre',
        reportsTo: 'ops-director',
        responsibilities: [
          area('主要职责', [
            '回答客户的问题,并解决客户的投诉和纠纷',
            '处理退换货事宜,确保客户的满意度',
            '收集客户反馈,提供有关产品和服务的改进建议',
            '协助处理平台上的售后事务,包括退款、补寄等。',
          ]),
        ],
      },
      {
        id: 'promotion-designer',
        title: '推广设计师',
        unitId: 'operations-centre',
        reportsTo: 'ops-director',
        optional: true,
        notes: MAY_ALSO_SET_UP,
      },
      {
        id: 'events-planner',
        title: '活动策划师',
        unitId: 'operations-centre',
        reportsTo: 'ops-director',
        optional: true,
        notes: MAY_ALSO_SET_UP,
      },
    ],
  },
);
