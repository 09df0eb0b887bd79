/** The popup's and the options page's own words (the shared ones live in components/i18n.ts). */
import type { Message } from '@/core/report';

const m = (zh: string, en: string): Message => ({ zh, en });

export const popupText = {
  title: m('快手支付权益助手', 'Kuaishou pay-check'),
  tabs: m('功能', 'Sections'),
  calculator: m('计算器', 'Calculator'),
  profile: m('商家资料', 'Merchant profile'),
  settings: m('设置', 'Settings'),
  loading: m('加载中…', 'Loading…'),
  /** A save refused for want of space: said next to what was changed, never "invalid". */
  storageFull: m(
    '未保存：存储空间已满 — 清理价格记录（设置页 → 存储空间 → 立即清理）',
    'Not saved: storage is full — clear recorded prices (options page → Storage → Clean up now)',
  ),
  openCleanup: m('打开设置页清理', 'Open the options page to clean up'),
  workerDown: m('无法连接扩展后台：', 'Cannot reach the extension worker: '),

  installmentCalc: m('分期计算器', 'Installment calculator'),
  price: m('商品价格', 'Price'),
  pricePlaceholder: m('如 ¥1,299.00 或 99元', 'e.g. ¥1,299.00 or 99元'),
  priceRange: m('价格为区间，按最低价计算', 'A price range: the lowest price is used'),
  periods: m('分期期数', 'Periods'),
  whoPays: m('手续费承担方', 'Who pays the fee'),
  payConsumer: m('消费者（分期付款）', 'Buyer (installments)'),
  payMerchant: m('商家（分期免息）', 'Merchant (interest-free)'),
  /** An installed program that pays the fee, by its title and id, with the shares it pays. */
  payProgram: (platform: string, titleZh: string, titleEn: string, id: string) =>
    m(`平台${platform} · ${titleZh} ${id}`, `Platform ${platform} · ${titleEn} ${id}`),
  payProgramShares: (
    platform: string,
    merchant: string,
    titleZh: string,
    titleEn: string,
    id: string,
  ) =>
    m(
      `平台${platform} + 商家${merchant} · ${titleZh} ${id}`,
      `Platform ${platform} + merchant ${merchant} · ${titleEn} ${id}`,
    ),
  programNotCovered: m(
    '该活动不覆盖此期数，按商家承担的正常费率计算',
    'The program does not cover this period count: normal merchant rate',
  ),
  enterPrice: m('输入价格即可计算', 'Enter a price to see the plan'),

  depositCalc: m('意向金计算器', 'Deposit calculator'),
  normalPrice: m('正常售价', 'Normal selling price'),
  activityPrice: m('活动价（总价，可选）', 'Activity price (total, optional)'),
  deposit: m('意向金', 'Deposit'),
  deduction: m('可抵金额', 'Deduction'),
  balance: m('尾款（可选）', 'Balance (optional)'),
  balanceDefault: m('留空则无法判断变相涨价', 'Empty: the hidden-price-rise check stays unknown'),
  categoryKind: m('类目', 'Category'),
  ratio: m('意向金比例', 'Deposit ratio'),
  /** The fee is the pack's `depositFlow.forfeitServiceFeeBp`. */
  forfeitNet: (fee: string) =>
    m(
      `尾款未付时商家实得（扣${fee}技术服务费）`,
      `Merchant nets if the balance is unpaid (less ${fee} fee)`,
    ),
  settlement: m('结算周期', 'Settlement'),
  settlementCustoms: m('海关申报完成后结算', 'after customs clearance'),
  holdDays: m(
    '美妆类目：售后期结束后方可提现（天）',
    'Beauty: withdrawal after the after-sales period (days)',
  ),
  shopType: m('店铺类型', 'Shop type'),

  profileIntro: m(
    '填写后自动保存，用于资格判断与页面检查。',
    'Saved as you type; used for eligibility and the page checks.',
  ),
  saved: m('已保存', 'Saved'),
  notSaved: m('有错误的字段未保存', 'Fields with errors are not saved'),
  experienceScore: m('购物体验分', 'Shopping-experience score'),
  violations: m('近90天相关违规次数', 'Related violations, last 90 days'),
  riskControlled: m('风控商家', 'Risk-controlled merchant'),
  onTimeShip: m('近30天及时发货率（%）', 'On-time shipping, 30 days (%)'),
  disputeRate: m('近30天商责纠纷率（‱）', 'Merchant-caused disputes, 30 days (‱)'),
  walletOpened: m('已开通安心钱包', 'Wallet (安心钱包) opened'),
  monthlyGmv: m('月GMV（元）', 'Monthly GMV (¥)'),
  sessionGmv: m('单场最高GMV（元）', 'Best session GMV (¥)'),
  enterprise: m('企业认证', 'Enterprise-certified'),
  categoryBond: m('类目保证金（元）', 'Category bond (¥)'),
  dsr: m('DSR评分', 'DSR'),
  monthlySales: m('月销售额（元）', 'Monthly sales (¥)'),
  certificates: m('资质', 'Certificates'),
  cosubsidyUsed: m('已用商户贴息补贴（元）', 'FI-COSUB subsidy used (¥)'),
  mainCategory: m('主营类目', 'Main category'),
  categoryLevel: m('类目层级', 'Category level'),
  level1: m('一级类目（如家电）', 'Level 1 (e.g. appliances)'),
  level2: m('二级类目（如服饰）', 'Level 2 (e.g. apparel)'),
  unknown: m('未填写', 'not given'),
  yes: m('是', 'yes'),
  no: m('否', 'no'),
  eligibility: m('活动与意向金资格', 'Program and deposit eligibility'),
  windows: m('活动时间', 'Campaign windows'),
  chooseCategory: m(
    '选择类目层级或主营类目后，显示意向金准入检查（企业认证、保证金、类目门槛）。',
    'Choose a category level or main category to see the 意向金 access checks (enterprise, bond, category thresholds).',
  ),
  calendar: m('活动日历', 'Campaigns'),
  program: m('活动', 'Program'),
  signupWindow: m('报名期', 'Signup'),
  activeWindow: m('活动期', 'Active'),
  phase: m('状态', 'Status'),
  signupAt: m('报名入口：招商活动，或', 'Sign up under 招商活动, or at'),
  campaignEnded: (name: string, last: string) =>
    m(
      `内置规则是「${name}」，已于 ${last} 结束，所以页面上的商品不显示活动资格检查（意向金、分期费用等检查照常）。有新活动时，在扩展的选项页「规则包」导入新的规则包即可。`,
      `The bundled rules are "${name}", which ended on ${last}, so items on the pages show no program checks (deposit, installment and other checks run as usual). For a newer campaign, import its rule pack on the extension's options page (Rule pack).`,
    ),
  undated: m('日期未定', 'dates not announced'),
  unreadConfirm: m('我已满足', 'I meet this (我已满足)'),
  pastCampaigns: (count: string) => m(`已结束的活动（${count}）`, `Past campaigns (${count})`),
  campaignUpcoming: (name: string, first: string) =>
    m(
      `「${name}」${first} 开始，在此之前页面上的商品不显示活动资格检查。`,
      `"${name}" opens on ${first}; until then items on the pages show no program checks.`,
    ),
  asOf: m('检查日期（按此日期判断活动与分期）', 'Check as of (campaigns and installments)'),
  asOfHint: m('留空 = 今天（北京时间）', 'Empty = today (Beijing time)'),
  asOfInForce: (day: string) =>
    m(`按 ${day} 检查（不是今天）`, `Checking as of ${day} (not today)`),
  backToToday: m('改回今天', 'Back to today'),
  buyerScores: m('买家信用分（你自己作为买家的分数）', 'Buyer scores (your own, as a buyer)'),
  buyerScoresIntro: m(
    '仅用于判断你自己能否使用先用后付（C-BNPL）；商家无法得知买家的分数，不填则商品上只显示先用后付的门槛提示。',
    'Only to check whether YOU can use buy-now-pay-later (C-BNPL); a merchant cannot know a buyer’s scores — left empty, items show the BNPL threshold as a hint.',
  ),
  sesameScore: m('芝麻信用分', 'Sesame credit score'),
  wechatPayScore: m('微信支付分', 'WeChat Pay score'),
  rateCutInForce: (id: string, from: string, to: string) =>
    m(
      `${id} 活动期内：商家费率由 ${from}% 降至 ${to}%`,
      `${id} is running: the merchant rate is lowered from ${from} % to ${to} %`,
    ),
  programNotRunning: m(
    '该活动在检查日期不在活动期：手续费按商家费率全部由商家承担',
    'The program is not running on the day in force: the merchant pays the whole fee',
  ),

  language: m('语言', 'Language'),
  lookbackDays: m('历史最低价回溯天数', 'Historical-low look-back (days)'),
  feeRates: m('分期费率（%，留空使用规则包）', 'Fee rates (%; empty: the rule pack’s)'),
  consumerRates: m('消费者承担', 'Buyer-borne'),
  merchantRates: m('商家承担', 'Merchant-borne'),
  hiddenPages: m('不在以下页面显示', 'Do not show on'),
  hiddenChecks: m('各页面隐藏的检查项', 'Checks hidden per page'),
  openOptions: m('更多：规则包、价格记录、数据管理', 'More: rule pack, price history, data'),
  corruptNotice: m(
    '已保存的设置有误，无效的字段已恢复默认；原始数据已备份，可在设置页下载。',
    'Stored settings were invalid; the bad fields were reset. The original is backed up — download it on the options page.',
  ),

  errNumber: m('请输入数字', 'Enter a number'),
  errWhole: m('请输入整数', 'Enter a whole number'),
  errRange: m('超出范围', 'Out of range'),
  errPrice: m('无法识别的价格', 'Not a price'),
  errDay: m('请输入日期，如 2023-02-21', 'Enter a day such as 2023-02-21'),
  errSinglePrice: m('请输入一个金额，而不是区间', 'Enter one amount, not a range'),
} satisfies Record<string, Message | ((...args: string[]) => Message)>;

/** "须在 0 到 5 之间" with the bounds filled in. */
export function rangeError(min: number, max: number): Message {
  return m(`须在 ${min} 到 ${max} 之间`, `Must be between ${min} and ${max}`);
}
