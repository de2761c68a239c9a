import { area, template } from '../build.js';
import { SEED_ARTICLES } from '../template.js';

/**
 * Fragments of a slide deck: the only reporting lines the slides draw are 技术主管 over 前台开发 and
 * 程序员; the other roles stand alone. Bullets keep the deck's words with the scrape's line-break
 * spaces removed. The bullet "对“单品行销”,制定推广文案、推广策略" is on 前台工程师's slide, so it is
 * 前台工程师's second item, as the deck has it. The 财务预算 slide is a title only, so the budget note is
 * that title with no text. The deck's date (2021/11/14) is the only date it gives, so the near-term
 * plan, whose deadlines count days from it, carries it.
 */
export const ecommerceDepartmentOrgChartSlides = template(
  {
    id: 'ecommerce-department-org-chart-slides',
    name: {
      zh: '电商部门组织架构图',
      en: 'E-commerce department organisation chart (slides)',
    },
    summary: {
      zh: '来自一份幻灯片的电商部门：财务专员、商品专员、推广专员、前台工程师，以及技术主管带领前台开发和程序员；幻灯片没有分部门，因此不设部门。它是唯一附有团队激励池、财务预算和近期运营计划说明的模板；原文为片段，部分岗位没有职责，财务预算只有标题。',
      en: 'An e-commerce department taken from a slide deck: a finance specialist, a merchandise specialist, a promotion specialist, a front-end engineer, and a technical lead over front-end development and programmers; the slides draw no departments, so there are none. It is the only template with notes on a team incentive pool, a budget and a near-term operating plan; the source is fragmentary, so some roles have no duties and the budget is a heading only.',
    },
    source: { file: SEED_ARTICLES, heading: '电商部门组织架构图' },
  },
  {
    units: [],
    roles: [
      {
        id: 'finance-specialist',
        title: '财务专员',
        responsibilities: [
          area('岗位职责', [
            '电子商务财务专员的表格制定:财务专员需要制定好各种财务表格,要知道自己要对接的人是谁,定期应该互相传递何种表格,以规范管理。',
          ]),
        ],
      },
      {
        id: 'merchandise-specialist',
        title: '商品专员',
        notes: '第二条在幻灯片片段中未写完。',
        responsibilities: [
          area('岗位职责', [
            '负责网站商品数量的增加,联系厂家供应商,网店店主,督促监督商品上货数量',
            '负责整理、统计、分析,提交商品交易的明细报告,提报商品增长的动态指数,根据统计数据加强哪类商品的开发和补充',
          ]),
        ],
      },
      {
        id: 'tech-lead',
        title: '技术主管',
        responsibilities: [
          area('岗位职责', [
            '协调本部门与其他部门之间的关系',
            '完善各技术岗位职责',
            '对各平台后台进行维护',
            '根据业务发展的需要,开发相应程序',
            '完善商城框架平台',
          ]),
        ],
      },
      { id: 'frontend-developer', title: '前台开发', reportsTo: 'tech-lead' },
      { id: 'programmer', title: '程序员', reportsTo: 'tech-lead' },
      {
        id: 'frontend-engineer',
        title: '前台工程师',
        notes: '幻灯片片段未画出此岗位的上级；它可能就是组织图中的“前台开发”。',
        responsibilities: [
          area('岗位职责', [
            '网站制作通俗的来说就是网站通过页面结构一系列工作的总和,也是将网站设计师的图片用HTML方式展示出来,属于前台工程师的一项任务。',
            '对“单品行销”,制定推广文案、推广策略',
          ]),
        ],
      },
      {
        id: 'promotion-specialist',
        title: '推广专员',
        responsibilities: [
          area('岗位职责', [
            '按照上级领导安排的任务,完成网站推广宣传,以及在合作伙伴网站的推广宣传与互换',
            '负责国内各大BBS社区、博客、SNS社区机构合作、形象展示、软文发布、在线互动等',
            '维护企业微博,微信平台的运营,完成用户收集与定位',
          ]),
        ],
      },
    ],
    notes: [
      {
        id: 'incentive-pool',
        kind: 'incentivePool',
        title: '电商团队要求',
        text: '安然易购全国市场总积分的4个点,用来团队激励 由电商总监主导分配奖励',
      },
      {
        id: 'budget',
        kind: 'budget',
        title: '财务预算',
        text: '',
      },
      {
        id: 'near-term-plan',
        kind: 'plan',
        title: '近期运营计划',
        date: '2021-11-14',
        text: [
          '1-3天之内确定市场推广计划的最后解决方案。',
          '协调原开发程序工程师在7天之内完成这个结算程序和购物功能板块的正常运营,10天之内市场能够正常启动报单流程。',
        ].join('\n'),
      },
    ],
  },
);
