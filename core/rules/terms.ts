/**
 * One vocabulary for what the checks are about: rule names, the names of a combined check's terms
 * and the campaign phases. The core's messages and every surface (components/labels.ts re-exports
 * these) use the same words, so a panel never calls a term something the message does not.
 */
import type { CampaignPhase, Message, RuleId } from '../report';

const m = (zh: string, en: string): Message => ({ zh, en });

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

/** Names of the non-rule terms a combined check is made of (a rule-ID term uses ruleNames). */
export const termNames: Record<string, Message | undefined> = {
  wallet: m('安心钱包', 'Wallet (安心钱包)'),
  'monthly-gmv': m('月GMV', 'Monthly GMV'),
  'session-gmv': m('单场GMV', 'Single-session GMV'),
  window: m('活动时间', 'Campaign window'),
  'non-virtual': m('非虚拟类目', 'Non-virtual category'),
  'min-price': m('商品金额', 'Item price'),
  'monthly-sales': m('月销', 'Monthly sales'),
  dsr: m('DSR', 'DSR'),
  certificate: m('资质', 'Certificate'),
  enterprise: m('企业店', 'Enterprise shop'),
  'category-bond': m('类目保证金', 'Category bond'),
  unread: m('待确认的要求（我已满足）', 'Requirement to confirm (我已满足)'),
};

export const phaseText: Record<CampaignPhase, Message> = {
  signup: m('报名中', 'signup open'),
  active: m('活动中', 'active'),
  'not-started': m('未开始', 'not started'),
  ended: m('已结束', 'ended'),
};

/** A term by name: a rule ID's name, a term's name, else the id itself. */
export function termName(id: string): Message {
  return ruleNames[id as RuleId] ?? termNames[id] ?? m(id, id);
}
