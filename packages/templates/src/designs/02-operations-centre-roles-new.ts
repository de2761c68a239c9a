import { template } from '../build.js';
import { SEED_ARTICLES } from '../template.js';

/**
 * Seven roles in one operations centre. The seed describes each role in prose, not as numbered duties:
 * the sentence saying what the role does is its purpose, the sentence on what it needs (需要具备) its
 * notes. The seed names 总负责人 the centre's core leader who coordinates every role, so the other six
 * report to it.
 */
export const operationsCentreRolesNew = template(
  {
    id: 'operations-centre-roles-new',
    name: {
      zh: '电商运营中心组织架构及岗位职责_新版',
      en: 'E-commerce operations centre: structure and role responsibilities (new edition)',
    },
    summary: {
      zh: '一个扁平的电商运营中心：总负责人直接带领运营经理、数据分析师、运营专员、市场推广、客服专员和仓储物流六个岗位。它是唯一没有任何编号职责的模板：每个岗位只有一段职责描述和一句能力要求。仓储物流是一支团队，按一个人数为 2 的岗位建模（原文未给人数，可按实际调整），而不是单独的部门。',
      en: 'A flat e-commerce operations centre: one overall head leads six roles directly (operations manager, data analyst, operations specialist, marketing and promotion, customer service specialist, warehousing and logistics). It is the only template with no duty items at all: each role has a paragraph on what it does and a sentence on the skills it needs. Warehousing and logistics is a team, modelled as one role with a headcount of 2 (the seed gives no number; adjust it) rather than as a separate unit.',
    },
    source: { file: SEED_ARTICLES, heading: '电商运营中心组织架构及岗位职责_新版' },
  },
  {
    units: [
      {
        id: 'operations-centre',
        name: '电商运营中心',
        kind: 'centre',
        notes:
          '电商运营中心是负责电商平台运营和管理的核心部门,其组织架构和岗位职责的合理配置将直接影响到电商平台的运营效果和商业价值。',
      },
    ],
    roles: [
      {
        id: 'head',
        title: '总负责人',
        unitId: 'operations-centre',
        purpose:
          '总负责人是电商运营中心的核心领导,负责制定和实施电商运营策略,协调各岗位之间的工作关系,保障整个运营中心的顺利运作。',
        notes: '总负责人需要具备丰富的电商运营经验和战略眼光,能够对市场趋势进行准确判断,并及时调整运营策略。',
      },
      {
        id: 'ops-manager',
        title: '运营经理',
        unitId: 'operations-centre',
        reportsTo: 'head',
        purpose:
          '运营经理是电商运营中心的重要职位,负责制定和执行电商运营计划,监督运营活动的实施情况,达成销售目标。',
        notes: '运营经理需要具备良好的团队管理能力和市场分析能力,能够合理安排资源,优化产品和服务的运营效果。',
      },
      {
        id: 'data-analyst',
        title: '数据分析师',
        unitId: 'operations-centre',
        reportsTo: 'head',
        purpose: '数据分析师负责对电商平台的数据进行统计和分析,为决策提供数据支持。',
        notes:
          '数据分析师需要具备较强的数据处理能力和数据挖掘能力,能够从海量数据中发掘有价值的信息,并为业务决策提供科学依据。',
      },
      {
        id: 'ops-specialist',
        title: '运营专员',
        unitId: 'operations-centre',
        reportsTo: 'head',
        purpose:
          '运营专员是电商运营中心的基础岗位,主要负责电商平台日常的运营工作,包括商品上架、订单处理、售后服务等。',
        notes: '运营专员需要具备良好的沟通能力和服务意识,能够高效地处理各类运营事务,保障用户体验。',
      },
      {
        id: 'marketing',
        title: '市场推广',
        unitId: 'operations-centre',
        reportsTo: 'head',
        purpose: '市场推广岗位负责电商平台的市场宣传和推广工作,包括制定推广方案、管理广告投放和营销活动等。',
        notes:
          '市场推广人员需要具备较强的市场洞察力和创意能力,能够根据产品特点和目标用户进行精准推广,提升品牌影响力和市场份额。',
      },
      {
        id: 'customer-service',
        title: '客服专员',
        unitId: 'operations-centre',
        reportsTo: 'head',
        purpose:
          '客服专员是电商运营中心的重要一环,负责处理用户的投诉、建议和售后服务等,保障用户的满意度和忠诚度。',
        notes: '客服专员需要具备良好的沟通技巧和服务态度,能够妥善处理各类问题,解决用户的疑虑。',
      },
      {
        id: 'warehousing-logistics',
        title: '仓储物流',
        unitId: 'operations-centre',
        reportsTo: 'head',
        headcount: 2,
        purpose: '电商运营中心还需要配置一支专业的仓储物流团队,负责商品的入库、出库和配送等工作。',
        notes: [
          '仓储物流人员需要具备良好的仓储管理和物流配送能力,确保商品及时到达用户手中,并保证库存的准确性和安全性。',
          '原文为一支仓储物流团队，未给出人数；此处按人数 2 建模，请按实际调整。',
        ].join('\n'),
      },
    ],
  },
);
