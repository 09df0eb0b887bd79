import { describe, expect, it } from 'vitest';
import { defaultPack as pack } from '@/core/pack';
import { checkConsumerBnpl } from '@/core/rules/consumer';

describe('C-BNPL 芝麻 > 550 or 微信支付分 > 600, three-valued', () => {
  it.each([
    [550, 600, 'fail'],
    [551, 600, 'pass'],
    [550, 601, 'pass'],
    [550.5, null, 'pass'],
    [550, null, 'unknown'],
    [null, 600, 'unknown'],
    [null, 601, 'pass'],
    [null, null, 'unknown'],
    [700, 100, 'pass'],
    [0, 0, 'fail'],
  ] as const)('sesame %s, wechat %s → %s', (sesameScore, wechatPayScore, status) => {
    const check = checkConsumerBnpl({ sesameScore, wechatPayScore }, pack);
    expect(check.status).toBe(status);
    expect(check.values).toEqual({
      sesameScore,
      sesameScoreAbove: 550,
      wechatPayScore,
      wechatPayScoreAbove: 600,
    });
    expect(check.message.zh).toContain('550');
    expect(check.message.en).toContain('600');
    expect(check.source).toBe('seed 000 §3.1 注意事项');
  });
});
