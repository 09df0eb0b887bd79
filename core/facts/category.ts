/**
 * A category path as the workbench shows it (`家用电器 / 空调 / 挂式空调`) → the SPEC §9 category:
 * level 1 (家电-like) or 2 (服饰-like), its kind, virtual or not. The adapters and the
 * spreadsheet's 类目 column both read it here, so a page and an exported sheet agree.
 *
 * Words no entry knows (图书 / 小说) leave the kind unknown — never `other`: a known kind is final
 * for D-LIC (`other` would drop the licence check), while an unknown one says the check cannot
 * tell (DESIGN-REVIEW P3).
 */
import type { Category, CategoryKind } from '../request';

const kinds: readonly { kind: CategoryKind; words: RegExp; level?: 1 | 2 }[] = [
  { kind: 'appliance', words: /家电|家用电器|电器|空调|冰箱|洗衣机/, level: 1 },
  { kind: 'apparel', words: /服饰|服装|女装|男装|内衣|鞋|童装/, level: 2 },
  { kind: 'digital', words: /数码|手机|电脑|耳机|相机|智能设备/ },
  { kind: 'home', words: /家居|家纺|家具|收纳|日用/ },
  { kind: 'beauty', words: /美妆|彩妆|护肤|个护/ },
  { kind: 'food', words: /食品|生鲜|零食|酒水|粮油|水果/ },
  { kind: 'medical', words: /医疗器械|医疗|保健器械/ },
];

const VIRTUAL = /虚拟|充值|话费|卡券|会员|游戏点卡|本地生活/;

export function readCategory(path: string | null): Category | null {
  const name = path?.trim();
  if (!name) return null;
  const top = name.split(/\s*[/>＞]\s*/)[0] ?? name;
  const match =
    kinds.find((entry) => entry.words.test(top)) ?? kinds.find((e) => e.words.test(name));
  return {
    name,
    virtual: VIRTUAL.test(name),
    ...(match ? { kind: match.kind } : {}),
    ...(match?.level ? { level: match.level } : {}),
  };
}
