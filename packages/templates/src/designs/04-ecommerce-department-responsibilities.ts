import { area, template } from '../build.js';
import { SEED_ARTICLES } from '../template.js';

/**
 * One department, six roles and the department's five numbered responsibilities. Each responsibility
 * is an area of the unit titled as in the seed (网站维护 …), its sentences the items. 部门负责人 manages
 * the whole department, so the other five roles report to it.
 */
export const ecommerceDepartmentResponsibilities = template(
  {
    id: 'ecommerce-department-responsibilities',
    name: {
      zh: '电商部门组织架构及职责',
      en: 'E-commerce department: structure and responsibilities',
    },
    summary: {
      zh: '企业内的一个电商部门：部门负责人下设运营主管、商品经理、客户服务经理、投诉维权专员和数据分析师，每个岗位一句职责，并列出网站维护、商品采购、营销策划、物流配送、客户服务五项部门职责。它是唯一设有专门投诉维权专员的模板；原文称这些是电商部门“至少应该包含”的基本职位，适合作为企业新设电商部门的最小配置。',
      en: 'An e-commerce department inside a larger company: a department head over an operations supervisor, a merchandise manager, a customer service manager, a complaints and consumer-rights specialist and a data analyst, each with a one-sentence remit, plus five department-level responsibilities (website maintenance, merchandise procurement, marketing planning, logistics and delivery, customer service). It is the only template with a dedicated complaints specialist, and the seed calls these the basic positions a department should have at least, so it suits a company setting up its first e-commerce department.',
    },
    source: { file: SEED_ARTICLES, heading: '电商部门组织架构及职责' },
  },
  {
    units: [
      {
        id: 'ecommerce-department',
        name: '电商部门',
        responsibilities: [
          area('网站维护', [
            '电商部门需要确保网站的正常运营,包括网站的设计、建设和维护,确保网站能够满足客户的需求和市场的变化。',
            '同时,还要加强网站的安全保障,防止各种网络攻击,并及时进行修复。',
          ]),
          area('商品采购', [
            '电商部门需要对市场进行观察和分析,了解客户需求和行业趋势,根据市场变化及时调整商品采购策略,确保商品的品质和特色,同时处理库存和货运。',
          ]),
          area('营销策划', [
            '电商部门应该对品牌的营销策略进行研究和制定,保证公司品牌形象良好,同时并负责为运营提供市场数据分析,实时跟进网站用户的使用习惯,并开展促销活动促进销售增长。',
          ]),
          area('物流配送', [
            '电商部门需要和物流公司合作,确保商品能够及时快速地送到客户手中。',
            '负责商品的存储和配送,优化与物流公司间的合作和操作流程。',
          ]),
          area('客户服务', [
            '电商部门需要秉持客户至上的原则,及时响应客户的需求和各种问题。',
            '处理售后服务、退款、投诉及监督市场经营行为与质量等,为消费者提供满意的体验,并且邀请消费者提供反馈信息,对业务流程的迭代优化提供参考方法论。',
          ]),
        ],
      },
    ],
    roles: [
      {
        id: 'department-head',
        title: '部门负责人',
        unitId: 'ecommerce-department',
        purpose: '主要负责整个部门的管理、规划、目标制定和资源分配,确保部门的效率和成果。',
      },
      {
        id: 'ops-supervisor',
        title: '运营主管',
        unitId: 'ecommerce-department',
        reportsTo: 'department-head',
        purpose:
          '主要负责电商平台的日常运营、营销活动的策划与执行、查询数据分析等工作,提供数据支持并协同其他部门进行协调。',
      },
      {
        id: 'merchandise-manager',
        title: '商品经理',
        unitId: 'ecommerce-department',
        reportsTo: 'department-head',
        purpose: '主要负责商品的采购、库存、分类、标准化以及后台系统的维护,保证商品的质量和运营。',
      },
      {
        id: 'customer-service-manager',
        title: '客户服务经理',
        unitId: 'ecommerce-department',
        reportsTo: 'department-head',
        purpose: '主要负责客服中心的运营管理、人员培训、售后处理等工作,确保客户体验,促进销售增长。',
      },
      {
        id: 'complaints-specialist',
        title: '投诉维权专员',
        unitId: 'ecommerce-department',
        reportsTo: 'department-head',
        purpose: '主要负责监督电商市场的经营行为,了解消费者诉求,维护消费者权益,同时解决交易纠纷。',
      },
      {
        id: 'data-analyst',
        title: '数据分析师',
        unitId: 'ecommerce-department',
        reportsTo: 'department-head',
        purpose: '主要负责对数据进行统计、分析,通过大数据分析来制定策略,为部门提供决策依据。',
      },
    ],
  },
);
