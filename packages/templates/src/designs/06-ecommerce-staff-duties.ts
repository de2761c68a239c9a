import { area, template } from '../build.js';
import { SEED_ARTICLES } from '../template.js';

/**
 * The seed carries this design twice. The second copy is the fuller one (it has 文案策划's heading and
 * its item 5) and is transcribed here; it breaks off after 运营推广's item 17, so items 18–23 come from
 * the first copy, where items 1–17 read the same. 客服专员, 质检, 打包快递 and 财务 are named but their
 * duty lists are not in the scrape, so they have none. 店长 leads every department, so all roles
 * report to it.
 */
export const ecommerceStaffDuties = template(
  {
    id: 'ecommerce-staff-duties',
    name: {
      zh: '电商人员工作职责及组织架构分解【最新版】',
      en: 'E-commerce staff duties and organisation breakdown (latest edition)',
    },
    summary: {
      zh: '以网店为中心的团队：店长（运营总监或副总）统管美编部（设计美工、文案策划）、营销部（运营推广、客服专员）、仓储部（质检、打包快递）和行政部（财务）。运营推广的 23 条职责是所有模板中最长的一份清单，它也是唯一给出人员成本定义的模板；客服专员、质检、打包快递和财务在原文中只有名称，没有职责。适合淘宝等平台店铺的完整团队。',
      en: 'A team built around an online shop: a store manager (operations director or deputy general manager) over an art and copy department (designer, copywriter), a marketing department (operations and promotion, customer service), a warehouse (quality inspection, packing and shipping) and an administration department (finance). Its 23 duties for operations and promotion are the longest list in any template, it is the only one that defines personnel cost, and customer service, quality inspection, packing and finance are named without duties. It suits a complete shop team on a platform such as Taobao.',
    },
    source: { file: SEED_ARTICLES, heading: '电商人员工作职责及组织架构分解【最新版】' },
  },
  {
    units: [
      { id: 'art-copy', name: '美编部' },
      { id: 'marketing', name: '营销部' },
      { id: 'warehouse', name: '仓储部' },
      { id: 'administration', name: '行政部' },
    ],
    roles: [
      {
        id: 'store-manager',
        title: '店长',
        notes: '店长(运营总监或副总)',
        responsibilities: [
          area('工作职责', [
            '负责服务于电商卖家的在线平台的整体规划及推广,确定平台建设方案并落实实施',
            '了解用户,能不断调整平台栏目的建设,把控网站社区内容的方向、质量与适用性',
            '关注用户体验,善于用户分析并把握用户需求,不断提高网站价值和用户粘性',
            '负责平台的品牌建设及各种商务合作的推进与达成',
            '负责运营团队的管理与激励,协同其他部门共同达成平台运营目标。',
          ]),
        ],
      },
      {
        id: 'designer',
        title: '设计美工',
        unitId: 'art-copy',
        reportsTo: 'store-manager',
        responsibilities: [
          area('工作职责', [
            '负责电商店铺整体装修及布局',
            '负责店铺页面素材的制作和美化加工',
            '美化、加工、精修、优化单品主图',
            '负责整体店铺产品上架',
            '负责产品的包装设计logo的制作',
            '电商店铺广告、产品排版、海报的首页调整',
            '效果跟踪:整理自己的专题网页的跳失率及访问深度的统计',
            '总结分析:一是从设计角度,美感等方面定期监控或学习竞争对手的专题及海报,二是研究目标人群需求特点,制定详情页文案策划工作.',
          ]),
        ],
      },
      {
        id: 'copywriter',
        title: '文案策划',
        unitId: 'art-copy',
        reportsTo: 'store-manager',
        responsibilities: [
          area('工作职责', [
            '负责公司的网站主题活动策划,以便设计美工网站更新',
            '对网站的商品卖点痛点的采集和提炼,以便设计美工详情页的描绘',
            '对网站的产品包装LOGO描述或者宣传语的写作',
            '软文推广: 配合完善传播方案,配合完善传播主题,负责完成传播主题在多种传播手段上的文字创意表现、校对等工作',
            '新品活动策划:编制具体的市场广告促销方案,文案创意方法、工作方法的总结整理,成功广告案例的收集整理',
            '品牌故事撰写:在项目〔品牌〕服务的过程中,配合广告策略,与创意设计根据策略完成广告(影视、平面、广播、网络)的创意表现.',
          ]),
        ],
      },
      {
        id: 'operations-promotion',
        title: '运营推广',
        unitId: 'marketing',
        reportsTo: 'store-manager',
        responsibilities: [
          area('工作职责', [
            '店铺推广计划:制定营销目标,建立系统的战略营销模式;整体负责所有淘宝店铺的市场营销计划,及整店市场营销包装方案',
            '公司店销售计划:制定年度月度销售目标',
            '渠道公关BD合作:联系洽谈资源互换、广告互换、链接互换、内容合作(频道嵌套)、活动合作,整合各种推广渠道,开展深度合作',
            '店铺全店或新品营销推广活动',
            '店铺管理活动对接及沟通工作',
            '全面协调仓库客服工作的团队协同工作,统筹各部门的工作安排',
            '负责公司店铺日常管理工作',
            '店铺推广分析:负责所有营销数据的市场分析、研究、判断,调整和制定符合品牌成长的营销推广计划;包括直通车、生意参谋等多种渠道的数据分析',
            '数据分析报表:实时跟踪店铺的生意参谋、直通车等数据软件的数据分析,为店铺提供详细市场销售分析报告',
            '产品推广分析:通过采集数据提炼,制定合适的产品推广计划',
            '产品结构调整:根据产品的销售情况调整或者优化产品结构',
            '市场容量分析:前期准备工作,测算市场容量和趋势分析',
            '价格定位:做好引流款和利润款的价格布局',
            '上下架时间:错峰竞争还是迎风竞争,新品前期时间上布局优化',
            '标题组合:找到合适的主推关键词,针对商品做重点打造',
            '标题优化:7天一优化,把标题无效的关键词总结和调整,再次优化',
            '排名跟踪分析:统计店铺潜力宝贝的排名,采取合适的推广手段配合',
            '全年推广预算:负责战略上推广预算,统筹店铺整体销售额的布局',
            'KPI考核指标:制定团队考核制度,让团队工作效率提升',
            '付费推广维护:总结付费渠道的经验,找出合理的推广分析',
            '付费效果总结:总结店铺的推广效果明细,经验ROI的成果',
            '推广活动设计:店铺的日常推广手段布局,月度推广渠道的调整',
            '各类推广手法:学习和研究,如第三方活动、百度百科、搜狗问问等。',
          ]),
        ],
      },
      { id: 'customer-service', title: '客服专员', unitId: 'marketing', reportsTo: 'store-manager' },
      {
        id: 'quality-inspection',
        title: '质检',
        unitId: 'warehouse',
        reportsTo: 'store-manager',
        notes: '原文写作“仓储部的质检部和打包快递”。',
      },
      { id: 'packing-shipping', title: '打包快递', unitId: 'warehouse', reportsTo: 'store-manager' },
      { id: 'finance', title: '财务', unitId: 'administration', reportsTo: 'store-manager' },
    ],
    notes: [
      {
        id: 'personnel-cost',
        kind: 'personnelCost',
        title: '人员成本',
        text: [
          '电商人员成本是指企业在一定的时期内,在生产、经营和提供劳务活动中,因使用劳动者而支付的所有直接费用与间接费用的总和。',
          '电商人员包含了店长(运营总监或副总)、美编部的设计美工和文案策划、营销部的运营推广和客服专员、仓储部的质检部和打包快递、行政部的财务.',
        ].join('\n'),
      },
    ],
  },
);
