import { expect, it } from 'vitest';
import { defaultPack as pack } from '@/core/pack';
import { checkLiveExplaining } from '@/core/rules/live';

it.each([
  [true, 'pass'],
  [false, 'warn'],
  [null, 'unknown'],
] as const)('D-LIVE explaining %s → %s', (explaining, status) => {
  const check = checkLiveExplaining({ explaining }, pack);
  expect(check.status).toBe(status);
  expect(check.source).toBe('seed 004 §3');
});
