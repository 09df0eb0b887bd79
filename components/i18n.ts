/**
 * Every word the components show, in zh-CN (primary) and en, and the one place values are
 * formatted for people. Runtime imports stay tiny (no zod): this ships in the content script.
 */
import type { CampaignPhase, Message, RuleId, Status } from '@/core/report';
import type { PageKind } from '@/core/settings';
import { formatFen } from '@/core/money';
import { shanghaiDay } from '@/core/dates';

export type Lang = 'zh' | 'en';

export function t(lang: Lang, message: Message): string {
  return message[lang];
}

/** "来源：" / "Source: ". */
export function labelled(lang: Lang, label: Message, value: string): string {
  return lang === 'zh' ? `${label.zh}：${value}` : `${label.en}: ${value}`;
}

const m = (zh: string, en: string): Message => ({ zh, en });

export const statusLabels: Record<Status, Message> = {
  pass: m('通过', 'pass'),
  fail: m('不通过', 'fail'),
  warn: m('提醒', 'warn'),
  unknown: m('未知', 'unknown'),
};

/** The pill's glyph per status: readable without colour. */
export const statusGlyphs: Record<Status, string> = {
  pass: '✓',
  fail: '✕',
  warn: '!',
  unknown: '?',
};

export const ruleNames: Record<RuleId, Message> = {
  'M-EXP': m('购物体验分', 'Shopping-experience score'),
  'M-VIOL': m('近90天违规记录', 'Violations, last 90 days'),
  'M-RISK': m('风控商家', 'Risk-controlled merchant'),
  'M-SHIP': m('近30天及时发货率', 'On-time shipping, 30 days'),
  'M-DISP': m('近30天商责纠纷率', 'Merchant-caused disputes, 30 days'),
  'BNPL-SUB': m('先用后付补贴活动', 'BNPL fee subsidy'),
  'FI-PLAT3': m('瓜分千万分期免息额度', 'Platform-paid 3-period interest-free'),
  'FI-COSUB': m('商户贴息专属补贴', 'Co-subsidised interest-free'),
  'C-BNPL': m('用户先用后付资格', 'Buyer eligible for BNPL'),
  'D-ENT': m('企业认证', 'Enterprise certification'),
  'D-BOND': m('类目保证金', 'Category bond'),
  'D-LIC': m('经营许可证', 'Operating licence'),
  'D-TIER1': m('一级类目准入', 'Level-1 category access'),
  'D-TIER2': m('二级类目准入', 'Level-2 category access'),
  'D-RATIO': m('意向金比例', 'Deposit ratio'),
  'D-LOW90': m('活动价不高于历史最低价90%', 'Activity price ≤ 90 % of historical low'),
  'D-LABEL-TEXT': m('主图标注“意向金可抵XX元”', 'Label “意向金可抵XX元”'),
  'D-HIKE': m('变相涨价', 'Disguised price rise'),
  'D-STOCK': m('虚假库存', 'False stock'),
  'D-CAP': m('预售量与产能', 'Presale vs capacity'),
  'D-SHIPTIME': m('标注最晚发货时间', 'Latest ship time stated'),
  'D-MARK': m('意向金专属标识', 'Deposit exclusive mark'),
  'D-STYLE': m('意向金标签样式', 'Deposit label style'),
  'D-SUGGEST': m('建议意向金比例', 'Suggested deposit ratio'),
  'D-ORIG': m('虚标原价', 'Inflated original price'),
  'D-LIVE': m('讲解中商品', 'Item being explained'),
};

export function ruleName(lang: Lang, id: string): string {
  const name = (ruleNames as Record<string, Message | undefined>)[id] ?? termNames[id];
  return name ? name[lang] : id;
}

/** Names of the non-rule terms a program check combines (a rule ID term uses ruleNames). */
const termNames: Record<string, Message | undefined> = {
  wallet: m('安心钱包', 'Wallet opened'),
  'monthly-gmv': m('月GMV', 'Monthly GMV'),
  'session-gmv': m('单场GMV', 'Single-session GMV'),
  window: m('活动时间', 'Campaign window'),
  'non-virtual': m('非虚拟类目', 'Non-virtual category'),
  'monthly-sales': m('月销', 'Monthly sales'),
  dsr: m('DSR', 'DSR'),
  certificate: m('资质', 'Certificate'),
  'min-price': m('商品金额≥100元', 'Price ≥ ¥100'),
};

export const pageKindNames: Record<PageKind, Message> = {
  'goods-list': m('商品列表', 'Goods list'),
  'goods-form': m('商品编辑', 'Product form'),
  signup: m('活动报名', 'Campaign signup'),
  'live-console': m('直播助手', 'Live console'),
  'live-room': m('直播间', 'Live room'),
  detail: m('商品详情', 'Product detail'),
};

export const phaseLabels: Record<CampaignPhase, Message> = {
  signup: m('报名中', 'signup open'),
  active: m('活动中', 'active'),
  'not-started': m('未开始', 'not started'),
  ended: m('已结束', 'ended'),
};

/** Fixed interface text. */
export const text = {
  checks: m('检查项', 'Checks'),
  source: m('来源', 'Source'),
  hints: m('提示', 'Hints'),
  noChecks: m('暂无检查结果', 'No checks yet'),
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
  low90: m('最低价的90%', '90 % of low'),
  offerLead: m('在页面上读到', 'Read on this page:'),
  offerQuestion: m('存入商家资料？', 'Save to the merchant profile?'),
  accept: m('存入', 'Save'),
  dismiss: m('忽略', 'Ignore'),
  yes: m('是', 'yes'),
  no: m('否', 'no'),
  none: m('未知', 'unknown'),
  details: m('查看检查详情', 'Show check details'),
} satisfies Record<string, Message>;

/** "基于 N 次记录的历史最低价 ¥X" — the panel names the source and the count (SPEC §8). */
export function historyCaption(lang: Lang, count: number, lowFen: number, days: number): string {
  const low = formatFen(lowFen);
  return lang === 'zh'
    ? `基于 ${count} 次记录的历史最低价 ${low}（近 ${days} 天）`
    : `Historical low ${low}, low of ${count} observations (last ${days} days)`;
}

/** "23 项" / "23 checks" beside the pass chip of the folded passing checks. */
export function passedLabel(lang: Lang, count: number): string {
  return lang === 'zh' ? `${count} 项` : `${count} ${count === 1 ? 'check' : 'checks'}`;
}

export function periodsLabel(lang: Lang, periods: number): string {
  return lang === 'zh' ? `${periods}期` : `${periods} periods`;
}

/** "3期 每日¥11.37" / "3× ¥11.37/day". */
export function dailyLabel(lang: Lang, periods: number, dailyFen: number): string {
  return lang === 'zh'
    ? `${periods}期 每日${formatFen(dailyFen)}`
    : `${periods}× ${formatFen(dailyFen)}/day`;
}

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
  failedTerms: m('未满足', 'Not met'),
  unknownTerms: m('无法判断', 'Unknown'),
};

/** `minCategoryBondFen` → "类目保证金 下限": a threshold is named after what it bounds. */
export function valueName(lang: Lang, key: string): string {
  const direct = valueNames[key];
  if (direct) return direct[lang];
  const bound = /^(min|max)([A-Z].*)$/.exec(key);
  if (bound?.[1] && bound[2]) {
    const inner = valueNames[bound[2][0]!.toLowerCase() + bound[2].slice(1)];
    const suffix = bound[1] === 'min' ? m('下限', ' (min)') : m('上限', ' (max)');
    if (inner) return inner[lang] + suffix[lang];
  }
  return key;
}

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

/**
 * Moves the decimal point of a number's exact decimal text (no float arithmetic, so 230 bp is
 * "2.3", never "2.2999999").
 */
export function shiftDecimal(value: number, places: number): string {
  const [mantissa = '0', exponent = '0'] = String(Math.abs(value)).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let digits = whole + fraction;
  let point = whole.length + Number(exponent) + places;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  digits = digits.padEnd(point, '0');
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const fracPart = digits.slice(point).replace(/0+$/, '');
  return (value < 0 ? '-' : '') + intPart + (fracPart ? `.${fracPart}` : '');
}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

function formatDay(lang: Lang, day: string): string {
  const match = isoDay.exec(day);
  if (!match || lang === 'en') return day;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

function groupThousands(value: number): string {
  return Number.isInteger(value) ? String(value).replace(/\B(?=(\d{3})+$)/g, ',') : String(value);
}

/**
 * One compared value for people, by its key: `…Fen` money, `…Bp` percent, `…Ppm` percent (‱ for
 * the dispute rate), a `…Rate…` fraction likewise, `…At` epoch ms as a Shanghai day, booleans
 * 是/否, null 未知, day strings as dates, codes translated.
 */
export function formatValue(
  lang: Lang,
  key: string,
  value: string | number | boolean | null,
): string {
  if (value === null) return text.none[lang];
  if (typeof value === 'boolean') return (value ? text.yes : text.no)[lang];
  if (typeof value === 'string') {
    if (key === 'phase' && value in phaseLabels) return phaseLabels[value as CampaignPhase][lang];
    if (key.endsWith('Terms'))
      return value
        .split(',')
        .filter(Boolean)
        .map((id) => ruleName(lang, id))
        .join('、');
    return valueTexts[value]?.[lang] ?? formatDay(lang, value);
  }
  const dispute = /dispute/i.test(key);
  if (key.endsWith('Fen')) return formatFen(value);
  if (key.endsWith('Bp')) return `${shiftDecimal(value, -2)}%`;
  if (key.endsWith('Ppm'))
    return dispute ? `${shiftDecimal(value, -2)}‱` : `${shiftDecimal(value, -4)}%`;
  if (/Rate/.test(key))
    return dispute ? `${shiftDecimal(value, 4)}‱` : `${shiftDecimal(value, 2)}%`;
  if (key.endsWith('Px')) return `${value}px`;
  if (key.endsWith('Pct')) return `${value}%`;
  if (key.endsWith('Deg')) return `${value}°`;
  if (key.endsWith('At')) return formatDay(lang, shanghaiDay(value));
  return groupThousands(value);
}

/** A merchant metric as the request holds it — for the metrics offer; objects by their name. */
export function formatMetric(lang: Lang, key: string, value: unknown): string | null {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'string') {
    return formatValue(lang, key, value);
  }
  if (Array.isArray(value))
    return value.map((item) => formatValue(lang, key, String(item))).join('、');
  if (value && typeof value === 'object' && 'name' in value && typeof value.name === 'string') {
    return value.name;
  }
  return null;
}
