/** The options page's words. */
import type { Message } from '@/core/report';

const m = (zh: string, en: string): Message => ({ zh, en });

export const optionsText = {
  title: m('快手支付权益助手 · 设置与数据', 'Kuaishou pay-check · settings and data'),
  intro: m('所有数据只保存在本机浏览器中。', 'All data stays in this browser.'),

  pack: m('规则包', 'Rule pack'),
  packCurrent: m('当前规则包', 'Current pack'),
  packImport: m('导入规则包（JSON文件）', 'Import a rule pack (JSON file)'),
  packExport: m('导出当前规则包', 'Export the current pack'),
  packReset: m('恢复内置规则包', 'Back to the bundled pack'),
  packImported: m('已导入规则包', 'Imported pack'),
  packRefused: m(
    '规则包无效，未导入（当前规则包保持不变）：',
    'The pack is invalid and was not imported (the current one is kept):',
  ),
  notJson: m('不是有效的JSON文件：', 'Not a valid JSON file: '),
  packNotSaved: m(
    '规则包有效，但未能保存（存储空间不足？），当前规则包保持不变：',
    'The pack is valid but could not be saved (storage full?); the current one is kept:',
  ),
  packTooLarge: m('规则包文件过大，上限为 ', 'The rule pack file is too large; the limit is '),
  packTooDeep: m(
    '嵌套 {depth} 层，规则包最多嵌套 {max} 层',
    'nested {depth} levels deep; a rule pack nests at most {max}',
  ),
  packWarnings: m(
    '规则包有效，但以下门槛为 0、等于不设要求，相关检查将不拦下任何商家或商品。尚未导入（当前规则包保持不变）：',
    'The pack is valid, but these thresholds are 0 and ask nothing: their checks would pass every merchant or item. Not imported yet (the current pack is kept):',
  ),
  library: m('活动库', 'Campaign library'),
  libraryIntro: m(
    '内置规则包与导入的活动规则包一起生效：每个页面都按全部活动判断。最多 10 个活动规则包、共 1 MB；已满时新导入会被拒绝，现有的不变（同名规则包的新版本会替换旧版本）。',
    'The bundled pack and every imported campaign pack are in force together: every page is judged with all their campaigns. At most 10 campaign packs, 1 MB in all; when full a new import is refused and nothing changes (a new version of a pack of the same name replaces it).',
  ),
  libraryBundled: m('内置', 'bundled'),
  libraryRemove: m('移除', 'Remove'),
  libraryExport: m('导出', 'Export'),
  undated: m('日期未定', 'dates not announced'),
  unreadConfirm: m('我已满足', 'I meet this (我已满足)'),
  packImportAnyway: m('确认无误，仍然导入', 'They are right: import anyway'),

  history: m('价格记录', 'Price history'),
  itemId: m('商品ID', 'Item id'),
  search: m('查询', 'Search'),
  noRecords: m('该商品暂无价格记录', 'No price records for this item'),
  itemIdDigits: m(
    '商品ID只含数字（如 25812911614326）',
    'An item id is digits only (e.g. 25812911614326)',
  ),
  time: m('时间（北京时间）', 'Time (Beijing)'),
  price: m('价格', 'Price'),
  priceKind: m('价格类型', 'Price kind'),
  summary: m('统计', 'Summary'),
  exportCsv: m('导出全部记录（CSV）', 'Export all records (CSV)'),
  clearItem: m('清除该商品记录', 'Clear this item’s records'),
  clearAll: m('清除全部价格记录', 'Clear all price records'),
  cleared: m('已清除记录条数：', 'Records removed: '),
  exported: m('已导出记录条数：', 'Records exported: '),
  knownItems: m('已记录商品数：', 'Items recorded: '),

  data: m('数据管理', 'Data'),
  settingsExport: m('导出设置（JSON）', 'Export settings (JSON)'),
  resetAll: m('重置所有数据…', 'Reset all data…'),
  resetConfirm: m(
    '将删除商家资料、设置、导入的规则包和全部价格记录，且无法撤销。确定吗？',
    'This deletes the merchant profile, settings, the imported pack and every price record, and cannot be undone. Sure?',
  ),
  resetYes: m('确认重置', 'Yes, reset'),
  cancel: m('取消', 'Cancel'),
  resetDone: m('已重置为初始状态', 'Everything was reset'),
  confirmClearAll: m('确认清除全部价格记录', 'Yes, clear all records'),

  backups: m('设置备份', 'Settings backups'),
  corrupt: m(
    '检测到已保存的设置无效：无效字段已恢复默认，原始数据已完整备份。问题字段：',
    'The stored settings were invalid: the bad fields were reset and the original was backed up in full. Fields:',
  ),
  downloadBackup: m('下载备份', 'Download backup'),
  deleteBackup: m('删除备份', 'Delete backup'),
  dismiss: m('知道了', 'Dismiss'),
  takenAt: m('备份时间', 'Taken at'),
  restoreBackup: m('恢复此备份…', 'Restore this backup…'),
  restoreFile: m('从导出的设置文件恢复（JSON）', 'Restore from an exported settings file (JSON)'),
  restorePreview: m('恢复后将改变以下设置：', 'Restoring changes these settings:'),
  restoreNoChange: m(
    '与当前设置相同，无需恢复。',
    'Same as the current settings: nothing to restore.',
  ),
  restoreDropped: m(
    '以下字段无效，不会恢复（保留当前值）：',
    'These fields are invalid and will not be restored (the current value stays):',
  ),
  restoreUnknown: m(
    '以下字段不是本版本的设置，不会恢复：',
    'These fields are not settings of this version and will not be restored:',
  ),
  restoreYes: m('确认恢复', 'Yes, restore'),
  restored: m('设置已恢复', 'Settings restored'),

  storage: m('存储空间', 'Storage'),
  storageUse: m('价格记录占用', 'Price records use'),
  storageOf: m('，上限', ' of the budget of '),
  storageItems: m('已记录商品数：', 'Items recorded: '),
  storageWhy: m(
    '价格记录最多占用 64 MB，超出时先删除只见过一次、再删除最久未见的商品；每天清理一次超出回看期的记录（保留划线原价核对所需的最高价）。',
    'Price records use at most 64 MB; beyond it, items seen only once go first, then those not seen for longest. Once a day, records older than the look-back window are cleared (keeping the highest price that D-ORIG needs).',
  ),
  cleanup: m('立即清理', 'Clean up now'),
  cleanedUp: m('已清理，现占用', 'Cleaned up; now using '),
  storageFull: m('存储空间已满 — 清理价格记录', 'Storage is full — clear recorded prices'),
} satisfies Record<string, Message>;
