import { FORMULA_PAY, area, item, template } from '../build.js';
import { SEED_POSITION_DESCRIPTIONS } from '../template.js';

const OPS = 'ops-manager';
const REPORT_WEEKLY = { cadence: 'weekly', recipient: OPS } as const;
const VOLUNTARY = '根据网站最新需要与发展,网站会下发一些自愿性的任务工作。可按照兴趣来担任相关职务。';

/**
 * Four position descriptions (岗位说明书) of one 电商部, rebuilt from a scrape that flattened each header
 * table (labels and values interleaved) and the left-hand "职责 一 工作内容" column into the text. Each
 * header gives 岗位名称, 所在部门, 直接上级 and 直接下级; the superiors and subordinates it names without
 * a description of their own (总经理, 营销部专员, 发货部专员, 美工人员) are roles here too, so every
 * reporting line the tables draw exists. A clock time in brackets after an item becomes the item's
 * `time` and leaves its text; cadence words (每天, 每星期, 每周, 每月) stay in the text and set `cadence`;
 * "上报给运营经理" and "向运营经理…汇报" set `recipient`. Where an item sends its result to a department,
 * that unit is the recipient: 反馈到公司客服部 (客服部) and 告知营销部门 (营销部); "反馈到各部门" names no one
 * department, so it has none. 客服部 holds no described position, but a result goes to it and three
 * descriptions list it under 内部协作, so it is a unit (top level: the seed calls it the company's, 公司客服部,
 * and does not put it inside 电商部). 策划部 and 财务部 are only named, so they stay words. 工资制度 is
 * one design note with the formula as the three descriptions that reach it write it (美工主管's is cut off
 * before); the seed gives no amounts and no 部门绩效系数, so every pay amount and every unit's
 * coefficient is left unset.
 */
export const ecommerceDepartmentPositionDescriptions = template(
  {
    id: 'ecommerce-department-position-descriptions',
    name: {
      zh: '电商部岗位职责讲课稿',
      en: 'E-commerce department position descriptions (lecture notes)',
    },
    summary: {
      zh: '一个电商部的四份正式岗位说明书：运营经理（向总经理汇报、管理整个电商部）、营销主管、物流人员和美工主管，各有所在部门、直接上下级、内外部协作和分项职责，前三份还有附加工作、工作时间和工资制度（美工主管的说明书在此之前截断）。它是唯一给工作内容标注频率（每天、每星期、每月）、时间点和汇报对象的模板（原文写明的工作才有），也是唯一给出工资公式“基本工资+岗位工资+标准绩效工资×个人绩效系数×部门绩效系数+奖惩”的模板（没有金额），适合直接作为岗位说明书使用。',
      en: 'Four formal position descriptions of one e-commerce department: an operations manager (reporting to the general manager and running the whole department), a marketing lead, a logistics officer and a lead designer, each with unit, direct superior and subordinates, internal and external collaboration and duty areas; the first three also give additional duties, working time and pay (the designer’s description is cut off before them). It is the only template whose work items carry a cadence (daily, weekly, monthly), a clock time or a recipient, on the items whose text gives one, and the only one with a pay formula, base + position pay + standard performance pay × personal coefficient × department coefficient + bonus/penalty, without amounts. It can serve as a set of job descriptions as it stands.',
    },
    source: { file: SEED_POSITION_DESCRIPTIONS, heading: '电商部岗位职责讲课稿' },
  },
  {
    units: [
      { id: 'ecommerce-dept', name: '电商部' },
      { id: 'marketing-dept', name: '营销部', parentId: 'ecommerce-dept' },
      { id: 'logistics-dept', name: '物流部', parentId: 'ecommerce-dept' },
      { id: 'art-dept', name: '美工部', parentId: 'ecommerce-dept' },
      {
        id: 'customer-service-dept',
        name: '客服部',
        notes:
          '原文称“公司客服部”，没有它的岗位说明书，也未说明它是否属于电商部；运营经理把客户关系的改善意见反馈到这里，营销主管、物流人员和美工主管与它内部协作。',
      },
    ],
    roles: [
      {
        id: 'general-manager',
        title: '总经理',
        notes: '仅见于运营经理岗位说明书的“直接上级”栏，原文没有此岗位的说明书。',
      },
      {
        id: OPS,
        title: '运营经理',
        unitId: 'ecommerce-dept',
        reportsTo: 'general-manager',
        purpose: '制定团队目标与计划,并协调各岗位完成目标。',
        internalCollaborators: [{ kind: 'unit', id: 'ecommerce-dept' }],
        externalParties: ['外部客户'],
        responsibilities: [
          area('制定本店年度目标,并且分层为季,月计划。', [
            '制定年销售目标,并制定季度销售计划(计划落实到每月,并制定安排计划)',
            '针对目标列出实施方案落实到月。',
            '明确当月目标与计划实施过程中所遇到问题,提前做出应策。(如货源,资金周转,其他硬件设施)',
          ]),
          area('负责网店整体规划,营销,推广,客户关系管理等系统经营性工作', [
            '负责网店日常改版策划,上架,推广,销售,售后服务等经营与管理工作',
            '负责网店日常维护,保证网店的正常运作,优化店铺及商品排名',
            '负责执行与配合公司相关营销活动,策划店铺促销方案。',
            '负责收集市场和行业信息,提供有效应对方案',
            '客户关系维护,处理相关客户投诉及纠纷问题',
          ]),
          area('负责整个店铺经营状态,协调和管理各岗位人员。', [
            item('每天不定时观察店铺数据,量子,直通车,钻展的消耗,做出适当的调整与对策', { cadence: 'daily' }),
            '监督并指导客服工作行为',
            '配合并指导美工优化店铺形象,广告图制作',
            '整理和分析快递与发货部的交接问题,提出有效意见反馈到各部门。',
          ]),
          area('负责老客户关系维护促进重复购买机率', [
            '建立老顾客群,帮派,掌柜说等与客户互动的SNS。',
            '整出不同级别的老顾客,对不同级别的顾客做出相应的维护。',
            item(
              '整理和分析在客户关系处理中的问题和改善方法,提出有效意见反馈到公司客服部。(可用会员关系管理软件,以及表格)',
              { recipient: 'customer-service-dept' },
            ),
            '针对店里贵宾顾客做不订期的回仿',
            '逢营销活动或节日(生日)向老顾客发以短信或电话祝贺或通知( 可用软件或让售前或售后去做 )',
            item('老顾客同比增长数据每周要统计并做与调整与相应对策', { cadence: 'weekly' }),
          ]),
        ],
        additionalDuties: ['适情况而定的(如客服请假,客服下班,其他因素造成的人员短缺)。'],
        workingTime: '根据工作需要',
        pay: FORMULA_PAY,
        notes: '岗位说明书标题：3.1 运营经理岗位说明。直接下级：整个电商部。',
      },
      {
        id: 'marketing-lead',
        title: '营销主管',
        unitId: 'marketing-dept',
        reportsTo: OPS,
        purpose: '完成运营经理下达的各项营销任务,完成公司各项销售与流量指标。',
        internalCollaborators: [
          { kind: 'unit', id: 'customer-service-dept' },
          { kind: 'text', text: '策划部' },
        ],
        externalParties: ['淘宝站外、站内等'],
        responsibilities: [
          area('网络交易平台SEO与优化相关工作', [
            '利用有关软件,进行对商品关键字的SEO处理。',
            '研究消费者的心理需求,优化对应商品描述文案。',
            '侦测竞争对手运营情况及市场最新动态,发掘新的商机或商品。',
            '研究平台类目及搜索引擎,提炼有用信息促进店铺经营。',
            '利用淘宝网店自带各种软件,对店铺进行常规性的优化。',
            '研究店铺统计数据,发掘隐含内在问题并及时处理。',
            item('每星期整理和分销职责一的工作汇报,上报给运营经理。', REPORT_WEEKLY),
          ]),
          area('网络交易平台内部营销', [
            '有价流量的获取(直通车等)的日常优化。',
            '淘宝论坛发帖顶贴,帮派的建立与促销活动策划与实施。',
            '店铺内部活动(增加成交转换率与客单价活动)的策划和实施',
            '交易平台促销活动(增加店铺信誉度及新顾客)的策划和实施',
            item('每星期整理和分销职责二的工作汇报,上报给运营经理。', REPORT_WEEKLY),
          ]),
          area('网络平台外部营销', [
            '各大博客,微薄的建立与宣传及活动策划和实施。',
            '有关行业的门户,论坛发帖顶贴及活动策划和实施。',
            '百度贴吧,知道等宣传推广活动策划和实施。',
            item('每星期整理和分销职责三的工作汇报,上报给运营经理。', REPORT_WEEKLY),
          ]),
          area('与其他岗位的交接管理', [
            '积极配合策划部的工作,对策划部所需的素材(商品文案,设计要求等)在不影响自身职务的情况下优化处理。',
            '积极配合财务部的工作,对财务部所需的资料(费用细则,活动预算等)在不影响自身职务的情况下优化处理。',
            '客服部是最直接面对终端的部门,故要积极向客服部咨询及调差最新的顾客需求及意见,了解市场最新情况。',
            item('每星期整理和分销职责五的工作汇报,上报给运营经理。', REPORT_WEEKLY),
          ]),
        ],
        additionalDuties: [VOLUNTARY],
        workingTime: '根据工作需求调整',
        pay: FORMULA_PAY,
        notes:
          '岗位说明书标题为“3.2 营销专员岗位说明书”，但表格中岗位名称为营销主管、直接下级为营销部专员，此处按表格。',
      },
      {
        id: 'marketing-staff',
        title: '营销部专员',
        unitId: 'marketing-dept',
        reportsTo: 'marketing-lead',
        notes: '仅见于营销主管岗位说明书的“直接下级”栏，原文没有此岗位的说明书。',
      },
      {
        id: 'logistics-officer',
        title: '物流人员',
        unitId: 'logistics-dept',
        reportsTo: OPS,
        purpose: '完成运营经理下达各项仓存及采购,发货任务。',
        internalCollaborators: [
          { kind: 'unit', id: 'logistics-dept' },
          { kind: 'unit', id: 'customer-service-dept' },
        ],
        externalParties: ['外部客户'],
        responsibilities: [
          area('商品采购与供应商关系管理', [
            item('根据订单及仓库的状况及时进行当天商品采购', { time: '下午6 时截止' }),
            '积极与公司客服部联系,打好关系;密切关注公司整体库存情况',
            '定期整理现有库房的数量和质量,制定的表格内。',
            item('每月整理现有库存和保质期情况工作汇报上报给运营经理。', {
              cadence: 'monthly',
              recipient: OPS,
            }),
          ]),
          area('商品挑选,质检与发货管理', [
            item('发货前检查商品有否有质量或者损坏等问题,如有一律不予寄出。并及时联系晚班客服告知客人。', {
              time: '晚上 8 点-9 点',
            }),
            item(
              '遇到因为货物无法订购或者已经断货导致当天不能发出的订单,需联系晚班客服与客人协商退款或者换货的处理',
              { time: '晚上8 点-9 点' },
            ),
            item(
              '遇到快递延误或者其他事项导致部分订单或者全部订单不能及时发出,应及时联系晚班客服告知客人协商处理',
              { time: '晚上8 点-9 点' },
            ),
            item('注意:当天遇到任何问题不能发出的订单,都应在其订单旁标示相应旗帜并告知晚班客服。', {
              time: '晚上 8 点 -9 点',
            }),
            '在工作日内及时进行订单的打包处理。',
            item(
              '定期检查发货部的建设,维护各环节,每星期整理和分析商品挑选,质检,发货流程问题上报给运营经理',
              REPORT_WEEKLY,
            ),
          ]),
          area('商品更新与品类优化管理', [
            item(
              '每星期注意观察市场的最新需求,竞争对手,批发市场及客服部的汇报分析出有竞争力的品类或者商品进行上架更新,商品种类起码30 种以上。并整理登记上报给运营经理。',
              REPORT_WEEKLY,
            ),
            item('每星期对性价比不高的商品(自己都觉得不怎么划算的)或滞销的商品进行下架处理。', {
              cadence: 'weekly',
            }),
            item('每星期整理上架与下架等的工作汇报上报给运营经理。', REPORT_WEEKLY),
          ]),
          area('网站商品信息维护与与各部门的对接管理', [
            item('每天留意仓库中的宝贝和违规中的宝贝,对需要修改属性的宝贝进行处理,并及时将其重新上架。', {
              cadence: 'daily',
            }),
            item('及时处理客服部有关商品订单的问题,及退款的确认处理。', { time: '早上 10 点和晚上8 点时段' }),
            item('每天根据财务部的指引进行有关采购成本,营销收入与支出的统计。', {
              cadence: 'daily',
              time: '早上 11 点',
            }),
            item('及时观察店铺的销售状况,并分析其中有潜力的非人气宝贝,及时告知营销部门对其进行宣传和推广。', {
              recipient: 'marketing-dept',
            }),
            item(
              '每星期整理和分析与网站商品与各部门的交接问题,并提出有质量的意见上报给运营经理。以文档的形式汇报。',
              REPORT_WEEKLY,
            ),
          ]),
          area('反馈与考勤', [
            item('每个星期把职能一,二,三,四分类别工作情况向运营经理以文档的形式汇报。', REPORT_WEEKLY),
            '根据客服部联系有效次数,及出勤处理进行处理',
          ]),
        ],
        additionalDuties: [VOLUNTARY],
        workingTime: '根据工作需求调整',
        pay: FORMULA_PAY,
        notes: '岗位说明书标题：3.3 物流部岗位说明书。',
      },
      {
        id: 'shipping-staff',
        title: '发货部专员',
        unitId: 'logistics-dept',
        reportsTo: 'logistics-officer',
        notes:
          '仅见于物流人员岗位说明书的“直接下级”栏，原文没有此岗位的说明书；发货部未单列为部门，此处归入物流部。',
      },
      {
        id: 'art-lead',
        title: '美工主管',
        unitId: 'art-dept',
        reportsTo: OPS,
        purpose: '商城装修的模版设计与统筹管理工作,做好本部门及其他部门平面设计工作',
        internalCollaborators: [
          { kind: 'unit', id: 'customer-service-dept' },
          { kind: 'unit', id: 'marketing-dept' },
        ],
        externalParties: ['公司其他部门'],
        responsibilities: [
          area('协助经理管理好本部门,认真完成经理交办的各项工作。', [
            '监管公司产品的拍摄工作,前期处理和后期图片应用。',
            '带领团队负责店铺的详情页设计,图片处理,要求对户外用品有一定敏感度,能用简洁文案表达产品的卖点',
            '熟悉关于商城的各种信息,对详情页和店铺首页布局有丰富经验;对色彩敏感,能处理各种视觉冲突,有良好的审美观',
            '负责每款商品的统筹设计和后期更新,包括拍照及图片修改和制作、海报图、轮播图等的设计,产品展示模板设计。',
            item('每星期整理职责一的工作汇报,上报给运营经理。', REPORT_WEEKLY),
          ]),
          area('熟悉操作规程,根据设计要求,保证质量,按时完成,随时进行检查。', [
            '综合参考营销的调研数据与自身设计理念,对商城各种页面和构建要表达的效果进行分析和描述。',
            '根据对分析出来的结果,利用淘宝软件及美工专员进行制作,并进行调试安装,最后对效果进行监督和测试。',
            '定期或不定期对网店的整体美工进行审核,改进',
            item('每星期整理职责三的工作汇报,上报给运营经理。', REPORT_WEEKLY),
          ]),
          area(
            '负责加强与内部其他相关部门的沟通,达到认知的一致性,促进工作效率的提高,同时促进本部门的有效执行力',
            [
              '对部门员工进行考勤、工作安排及考核,按制度奖惩。',
              '收集美工素材,统筹思路,提前做好下一期美工设计的准备工作',
              item('每星期整理职责三的工作汇报', { cadence: 'weekly' }),
            ],
          ),
        ],
        notes:
          '岗位说明书标题：3.4 美工主管岗位说明书。原文在职责三第 3 条处截断，其后的附加工作、工作时间和工资制度不在抓取文本中。',
      },
      {
        id: 'art-staff',
        title: '美工人员',
        unitId: 'art-dept',
        reportsTo: 'art-lead',
        notes: '仅见于美工主管岗位说明书的“直接下级”栏，原文没有此岗位的说明书。',
      },
    ],
    notes: [
      {
        id: 'pay-formula',
        kind: 'other',
        title: '工资制度',
        text: '基本工资+岗位工资 +标准绩效工资 * 个人绩效系数 * 部门绩效系数 +奖惩',
      },
    ],
  },
);
