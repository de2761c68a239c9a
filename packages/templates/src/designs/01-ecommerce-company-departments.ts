import { area, template } from '../build.js';
import { SEED_ARTICLES } from '../template.js';

/**
 * Three departments and their numbered duties; the seed names no roles, so the design has none.
 * 财务部 item 5 (销售内勤) is followed by two unnumbered paragraphs; they stay inside item 5, one line
 * each, so the seed's numbering holds (the "?" before the first is a scraped bullet and is left out).
 * 采配部's list runs 1–7 under the one label "采买:" in the seed, so that label is its area's title.
 */
export const ecommerceCompanyDepartments = template(
  {
    id: 'ecommerce-company-departments',
    name: {
      zh: '电商公司组织架构及各部门工作分配职责',
      en: 'E-commerce company structure and the duties assigned to each department',
    },
    summary: {
      zh: '按职能划分的电商公司后台：综合部（行政人事）、财务部（含销售内勤与合同管理）和采配部（采购、仓储与供应链）三个部门，各有编号的部门职责。与其他模板不同，它只定义部门职责，不设具体岗位，适合先理清部门分工再配置岗位。',
      en: 'The back office of an e-commerce company split by function: a general affairs department (admin and HR), finance (including sales administration and contracts) and procurement and distribution (purchasing, warehousing, supply chain), each with numbered duties. Unlike the other templates it defines departments and their duties only, with no roles, so it suits deciding the division of work before staffing it.',
    },
    source: { file: SEED_ARTICLES, heading: '电商公司组织架构及各部门工作分配职责' },
  },
  {
    units: [
      {
        id: 'general-affairs',
        name: '综合部',
        responsibilities: [
          area('工作职责', [
            '人员招聘:安排场试、背景检查、查核、上岗、辞职等手续。',
            '整理、成立、管理公司档案、人事档案。',
            '公司内部各项管理政策、制度的编制及下发,完美公司的人事制度,招募人力资源,拟订薪酬标准及最后绩效的查核追踪与修正。',
            '负责对全体办公人员(各部门)进行考勤审查和薪资奖金的核算。',
            '做好客户及各级领导来公司观光观察时的招待工作,依据公司行政管理制度办理其余有关事务。',
          ]),
        ],
      },
      {
        id: 'finance',
        name: '财务部',
        responsibilities: [
          area('工作职责', [
            '查对各个平台销售账目、财务办理、税务、工商事务办理、公司应收、对付账目管理、控制、财务报表。',
            '办理公司职工的社保医保事项及辅助行政部发放职工薪资。',
            '收款、付款、报销监、折旧、报损、报失等。',
            '公司库存产品月度盘库工作。',
            [
              '销售内勤达成各种信息的采集、录入、统计、剖析工作,对接采买和市场部负责对采买单、销售订单的审查工作;同时开据出库单。',
              '负责销售统计及剖析工作,按进做好、月报、年报,报财务及公司领导;购销合同的存档、登记,对合同执行状况进行追踪、敦促,成立每个合同的《合同执行一览表》,编制每个月、季、年度合同执行状况的统计表。',
              '做好公司客户的联系、接听固定电话、招待和服务工作,成立客户档案。',
            ].join('\n'),
          ]),
        ],
      },
      {
        id: 'procurement-distribution',
        name: '采配部',
        responsibilities: [
          area('采买', [
            '甄选合格的供给商,评估供给商的供货能力及合作关系,负责与供给商的谈判,争取优惠的价钱和理想的交货条件,并踊跃开发其余供货渠道',
            '做货物入库有关票据,踊跃配合库房保质保量达成采买货物的入库',
            '达成其余有关采买事务,提交有关的汇总报告及提出合理的建议',
            '保护公司的利益,保证所有采买合同的条款都合理、有益,并达成所有文件的签订工作。',
            [
              '仓储的布局管理和调整。',
              '详细仓储管理、产品在各个库房的库存分配、产品从采买到入库的管理等。',
              '供给链优化负责从采买、产品入库、产品销售、订单配送,尽可能缩短仓储周转周期,缩短订单配送周期。',
            ].join('\n'),
            '成立采买工作流程和标准,经过尽可能少的流通环节,减少库存的单位保留时间和额外收入的发生,以达到存货周转的最正确成效',
            '检查剖析和评估市场以确立客户的需要和采买机遇;经过展会、经销商介绍等各样渠道采集供给商的信息,丰富公司平台的信息资源、采买资源等。',
          ]),
        ],
      },
    ],
    roles: [],
  },
);
