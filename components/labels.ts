/**
 * Every word the extension shows, in zh-CN (primary) and en. Split from `i18n.ts` because the
 * content scripts (25 KB gzip budget each) do not bundle these: the worker sends them once
 * (`get-labels`) and the content script registers them before its first render. The popup,
 * the options page and the worker bundle this module as usual.
 */
import type { CampaignPhase, Message, Status } from '@/core/report';
import type { PageKind } from '@/core/settings';
import { phaseText, ruleNames, termNames } from '@/core/rules/terms';
import { statusWords } from '@/core/present/words';

const m = (zh: string, en: string): Message => ({ zh, en });

/** The core's one status vocabulary (core/present/words). */
const statusLabels: Record<Status, Message> = {
  pass: statusWords.pass,
  fail: statusWords.fail,
  warn: statusWords.warn,
  unknown: statusWords.unknown,
};

const pageKindNames: Record<PageKind, Message> = {
  'goods-list': m('商品列表', 'Goods list'),
  'goods-form': m('商品编辑', 'Product form'),
  signup: m('活动报名', 'Campaign signup'),
  'live-console': m('直播助手', 'Live console'),
  'live-room': m('直播间', 'Live room'),
  detail: m('商品详情', 'Product detail'),
};

const phaseLabels: Record<CampaignPhase, Message> = phaseText;

/** Fixed interface text. */
const text = {
  checks: m('检查项', 'Checks'),
  source: m('来源', 'Source'),
  hints: m('提示', 'Hints'),
  noChecks: m('无适用的检查项', 'No check applies'),
  loadingDetails: m('正在读取检查详情…', 'Loading the details…'),
  collapse: m('收起', 'Collapse'),
  expand: m('展开', 'Expand'),
  panelSuffix: m('权益与意向金检查', 'payment & deposit checks'),
  dailyOnly: m('每日仅需', 'Only per day'),
  installment: m('分期', 'Installments'),
  payerConsumer: m('消费者承担手续费（分期付款）', 'Buyer pays the fee (installments)'),
  payerMerchant: m('商家承担手续费（分期免息）', 'Merchant pays the fee (interest-free)'),
  rate: m('费率', 'Fee rate'),
  fee: m('手续费', 'Fee'),
  platformShare: m('平台承担', 'Platform pays'),
  merchantShare: m('商家承担', 'Merchant pays'),
  consumerShare: m('消费者承担', 'Buyer pays'),
  instalments: m('每期', 'Instalments'),
  consumerTotal: m('消费者共付', 'Buyer pays in all'),
  subsidyLeft: m('剩余补贴', 'Subsidy left'),
  whenExhausted: m('补贴用完后商家承担', 'Merchant pays once used up'),
  priceHistory: m('价格记录', 'Price history'),
  noHistory: m('暂无价格记录', 'No price records yet'),
  low: m('最低', 'min'),
  high: m('最高', 'max'),
  historicalLow: m('历史最低价', 'historical low'),
  salePrices: m('日常价', 'ordinary price'),
  activityPrices: m('活动价', 'activity price'),
  unknownKindPrices: m('类型未知', 'kind unknown'),
  noSaleYet: m(
    '尚未见过日常售价：请打开商品列表或该商品的普通详情页',
    "Ordinary price not seen yet: open the goods list or the item's ordinary detail page",
  ),
  offerLead: m('在页面上读到', 'Read on this page:'),
  offerQuestion: m('存入商家资料？', 'Save to the merchant profile?'),
  accept: m('存入', 'Save'),
  dismiss: m('忽略', 'Ignore'),
  yes: m('是', 'yes'),
  no: m('否', 'no'),
  none: m('未知', 'unknown'),
  details: m('查看检查详情', 'Show check details'),
  noAnswer: m('未得到检查结果', 'No answer from the checker'),
  notCheckable: m('页面数据无法检查：', 'The page data could not be checked: '),
  checkerDown: m('检查服务暂不可用：', 'The checker is unavailable: '),
} satisfies Record<string, Message>;

/** Names of the compared values, keyed as the core's rules and the request name them. */
const valueNames: Record<string, Message | undefined> = {
  experienceScore: m('购物体验分', 'Experience score'),
  violations90d: m('近90天违规', 'Violations (90 d)'),
  riskControlled: m('风控商家', 'Risk-controlled'),
  onTimeShipRate30d: m('及时发货率', 'On-time shipping'),
  onTimeShipRatePpm: m('及时发货率', 'On-time shipping'),
  disputeRate30d: m('商责纠纷率', 'Dispute rate'),
  disputeRatePpm: m('商责纠纷率', 'Dispute rate'),
  walletOpened: m('安心钱包', 'Wallet opened'),
  monthlyGmvFen: m('月GMV', 'Monthly GMV'),
  maxSessionGmvFen: m('单场GMV', 'Best session GMV'),
  sessionGmvFen: m('单场GMV', 'Session GMV'),
  enterprise: m('企业认证', 'Enterprise'),
  categoryBondFen: m('类目保证金', 'Category bond'),
  dsr: m('DSR', 'DSR'),
  monthlySalesFen: m('月销', 'Monthly sales'),
  certificates: m('资质', 'Certificates'),
  certificate: m('所需资质', 'Certificate needed'),
  certificateHeld: m('已具备', 'Held'),
  held: m('已具备', 'Held'),
  level: m('类目层级', 'Category level'),
  kind: m('类目', 'Category'),
  shopType: m('店铺类型', 'Shop type'),
  cosubsidyUsedFen: m('已用贴息补贴', 'Co-subsidy used'),
  sesameScore: m('芝麻信用分', 'Sesame score'),
  sesameScoreAbove: m('芝麻分需高于', 'Sesame needs above'),
  wechatPayScore: m('微信支付分', 'WeChat Pay score'),
  wechatPayScoreAbove: m('支付分需高于', 'WeChat Pay needs above'),
  priceFen: m('售价', 'Price'),
  activityPriceFen: m('活动价', 'Activity price'),
  totalPriceFen: m('总价', 'Total price'),
  finalPriceFen: m('意向金+尾款', 'Deposit + balance'),
  originalPriceFen: m('划线原价', 'Original price'),
  historicalLowFen: m('历史最低价', 'Historical low'),
  historicalLowSource: m('最低价来源', 'Low from'),
  historicalLowCount: m('记录次数', 'Observations'),
  historicalActivityCount: m('活动价记录次数', 'Activity-price observations'),
  historicalHighFen: m('历史最高价', 'Historical high'),
  observedHighFen: m('见过的最高价', 'Highest seen'),
  limitFen: m('价格上限', 'Price ceiling'),
  maxOfHistoricalLowBp: m('不高于最低价的', 'Max share of low'),
  amountFen: m('意向金', 'Deposit'),
  deductionFen: m('可抵金额', 'Deduction'),
  balanceFen: m('尾款', 'Balance'),
  presaleQty: m('预售数量', 'Presale qty'),
  stock: m('库存', 'Stock'),
  capacity: m('产能', 'Capacity'),
  minStockOfPresaleBp: m('库存至少为预售的', 'Min stock share'),
  maxPresaleOfCapacityBp: m('预售至多为产能的', 'Max presale share'),
  labelText: m('标签文字', 'Label text'),
  labelColor: m('标签颜色', 'Label colour'),
  hueDeg: m('色相', 'Hue'),
  saturationPct: m('饱和度', 'Saturation'),
  lightnessPct: m('亮度', 'Lightness'),
  statedDeductionFen: m('标注可抵', 'Label says'),
  virtual: m('虚拟类目', 'Virtual category'),
  labelFontPx: m('标签字号', 'Label font'),
  bodyFontPx: m('正文字号', 'Body font'),
  minLabelFontOfBodyBp: m('字号至少为正文的', 'Min font share'),
  hasMark: m('专属标识', 'Exclusive mark'),
  shipTimeStated: m('标注发货时间', 'Ship time stated'),
  explaining: m('讲解中', 'Being explained'),
  ratioBp: m('比例', 'Ratio'),
  basis: m('依据', 'Basis'),
  date: m('日期', 'Date'),
  phase: m('阶段', 'Phase'),
  signupFrom: m('报名开始', 'Signup from'),
  signupTo: m('报名截止', 'Signup to'),
  activeFrom: m('活动开始', 'Active from'),
  activeTo: m('活动结束', 'Active to'),
  signupDaysLeft: m('报名剩余天数', 'Signup days left'),
  activeDaysLeft: m('活动剩余天数', 'Active days left'),
  failedTerms: m('未满足', 'Not met'),
  unknownTerms: m('无法判断', 'Unknown'),
};

/** String values the core emits as codes. */
const valueTexts: Record<string, Message | undefined> = {
  page: m('页面', 'page'),
  'page-low': m('页面', 'page'),
  merchant: m('商家录入', 'merchant'),
  history: m('历史记录', 'recorded history'),
  category: m('类目', 'category'),
  band: m('价格区间', 'price band'),
  appliance: m('家电', 'appliance'),
  apparel: m('服饰', 'apparel'),
  home: m('家居', 'home'),
  digital: m('数码', 'digital'),
  beauty: m('美妆', 'beauty'),
  food: m('食品', 'food'),
  medical: m('医疗器械', 'medical'),
  other: m('其他', 'other'),
  'quality-report': m('质检报告', 'quality report'),
  licence: m('经营许可证', 'licence'),
  normal: m('普通店铺', 'normal shop'),
  flagship: m('旗舰店', 'flagship'),
  'cross-border': m('跨境店铺', 'cross-border'),
};

/** All dictionaries, as the worker sends them to a content script. */
export const labels = {
  statusLabels,
  ruleNames,
  termNames,
  pageKindNames,
  phaseLabels,
  text,
  valueNames,
  valueTexts,
};

export type Labels = typeof labels;
