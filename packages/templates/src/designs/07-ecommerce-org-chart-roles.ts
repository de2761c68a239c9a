import { area, template } from '../build.js';
import { SEED_ARTICLES } from '../template.js';

/**
 * Six roles with three duties each. The org chart itself is an image the scrape lost, and the text
 * names no departments, so the design has no units. 运营经理 "协调各部门" and is the one manager among
 * specialists, so the five specialists report to it.
 */
export const ecommerceOrgChartRoles = template(
  {
    id: 'ecommerce-org-chart-roles',
    name: {
      zh: '电商组织构架图及岗位职责',
      en: 'E-commerce organisation chart and role responsibilities',
    },
    summary: {
      zh: '一个小型电商团队：运营经理协调采购专员、市场专员、客户服务专员、物流专员和数据分析师，每个岗位三条职责。原文的组织构架图是一张未保留下来的图片，文字也没有提到部门，因此不设部门，采购和物流由专员负责，适合起步阶段的小团队。',
      en: 'A small e-commerce team: an operations manager coordinating a purchasing specialist, a marketing specialist, a customer service specialist, a logistics specialist and a data analyst, with three duties each. The chart image is missing from the source and its text names no departments, so there are none, and purchasing and logistics fall to single specialists; it suits a small team that is just starting.',
    },
    source: { file: SEED_ARTICLES, heading: '电商组织构架图及岗位职责' },
  },
  {
    units: [],
    roles: [
      {
        id: 'ops-manager',
        title: '运营经理',
        responsibilities: [
          area('岗位职责', [
            '负责制定并执行电商平台的运营策略和销售推广计划。',
            '监控和分析电商平台的运营数据,提供相应的决策建议。',
            '协调各部门,确保电商平台的正常运营。',
          ]),
        ],
      },
      {
        id: 'purchasing-specialist',
        title: '采购专员',
        reportsTo: 'ops-manager',
        responsibilities: [
          area('岗位职责', [
            '负责与供应商进行沟通,进行产品采购和库存管理。',
            '跟进供应链的运作,确保产品供应的及时性和质量。',
            '分析市场趋势,根据需求制定采购计划。',
          ]),
        ],
      },
      {
        id: 'marketing-specialist',
        title: '市场专员',
        reportsTo: 'ops-manager',
        responsibilities: [
          area('岗位职责', [
            '负责电商平台的市场推广和品牌传播。',
            '设计和执行线上线下的促销活动,并进行效果评估。',
            '管理社交媒体平台,与用户进行互动和维护关系。',
          ]),
        ],
      },
      {
        id: 'customer-service',
        title: '客户服务专员',
        reportsTo: 'ops-manager',
        responsibilities: [
          area('岗位职责', [
            '负责处理电商平台的客户咨询和投诉。',
            '提供及时准确的解答和解决方案,提高用户满意度。',
            '收集用户意见和反馈,为产品改进提供参考。',
          ]),
        ],
      },
      {
        id: 'logistics-specialist',
        title: '物流专员',
        reportsTo: 'ops-manager',
        responsibilities: [
          area('岗位职责', [
            '跟进订单配送及物流环节,确保订单的准时送达。',
            '管理物流合作伙伴,协调运输、仓储和配送等活动。',
            '处理退货和售后服务,保证顾客的权益。',
          ]),
        ],
      },
      {
        id: 'data-analyst',
        title: '数据分析师',
        reportsTo: 'ops-manager',
        responsibilities: [
          area('岗位职责', [
            '收集和整理电商平台的运营数据,并进行统计和分析。',
            '帮助制定决策和策略,优化电商平台的运营效果。',
            '提供定期的数据报告和分析结果。',
          ]),
        ],
      },
    ],
  },
);
