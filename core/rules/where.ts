/**
 * SPEC §3: an `unknown` must be actionable — it names the missing input (each rule's own message
 * does) and where the user can give it. One table, so every unknown of a rule points to the same
 * place and `makeCheck` adds it to the message and to `check.action`.
 */
import type { Message, RuleId } from '../report';

const m = (zh: string, en: string): Message => ({ zh, en });

/** The places a user can give an input. */
export const places = {
  profile: m(
    '在工作台首页点「存入」店铺指标，或在扩展弹窗「商家资料」中填写',
    'save the shop metrics with 存入 on the workbench home, or fill them in the popup’s merchant profile',
  ),
  buyer: m(
    '在扩展弹窗「商家资料 › 买家信用分」填写你自己的分数',
    'enter your own scores in the popup’s profile › buyer scores',
  ),
  form: m(
    '在商品编辑页填写对应字段（或在弹窗「计算器」中试算）',
    'fill the field on the product form (or try it in the popup’s calculator)',
  ),
  history: m(
    '打开商品列表或该商品的普通详情页以记录其日常售价，或在商品编辑页填写历史最低价',
    'open the goods list or the item’s ordinary detail page so its selling price is recorded, or enter the historical low on the product form',
  ),
  detail: m(
    '打开该商品的详情页（预售页）以读取标签与标识',
    'open the item’s detail (presale) page so its label and marks are read',
  ),
  live: m('在直播间或直播助手中查看该商品', 'view the item in the live room or the live console'),
  category: m(
    '在商品编辑页选择类目，或在弹窗「商家资料」中选择主营类目',
    'choose the category on the product form, or the main category in the popup’s profile',
  ),
  confirm: m(
    '如已满足，在扩展弹窗「活动日历」或选项页「活动库」中勾选「我已满足」',
    'if you meet it, tick 我已满足 (I meet this) in the popup’s campaign calendar or the options page’s campaign library',
  ),
} as const;
export type Place = keyof typeof places;

/** Where the input of each rule is given. */
export const placeOfRule: Record<RuleId, Place> = {
  'M-EXP': 'profile',
  'M-VIOL': 'profile',
  'M-RISK': 'profile',
  'M-SHIP': 'profile',
  'M-DISP': 'profile',
  'BNPL-SUB': 'profile',
  'FI-PLAT3': 'profile',
  'FI-COSUB': 'profile',
  'C-BNPL': 'buyer',
  'D-ENT': 'profile',
  'D-BOND': 'profile',
  'D-LIC': 'profile',
  'D-TIER1': 'profile',
  'D-TIER2': 'profile',
  'D-RATIO': 'form',
  'D-LOW90': 'history',
  'D-LABEL-TEXT': 'detail',
  'D-HIKE': 'form',
  'D-STOCK': 'form',
  'D-CAP': 'form',
  'D-SHIPTIME': 'detail',
  'D-MARK': 'detail',
  'D-STYLE': 'detail',
  'D-SUGGEST': 'form',
  'D-ORIG': 'history',
  'D-LIVE': 'live',
};

/** Where a program's missing terms are given: the merchant's on the profile, the item's on its page. */
export const placeOfTerm: Record<string, Place | undefined> = {
  wallet: 'profile',
  'monthly-gmv': 'profile',
  'session-gmv': 'profile',
  'non-virtual': 'category',
  'min-price': 'form',
  unread: 'confirm',
};
