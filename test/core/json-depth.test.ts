import { describe, expect, it } from 'vitest';
import { jsonDepth } from '@/core/json-depth';
import { nestedJson } from './pack/hostile-packs';

describe('jsonDepth', () => {
  it('counts containers, not scalars', () => {
    expect(jsonDepth(1)).toBe(0);
    expect(jsonDepth(null)).toBe(0);
    expect(jsonDepth({})).toBe(1);
    expect(jsonDepth([1, 2])).toBe(1);
    expect(jsonDepth({ a: [], b: { c: { d: 1 } } })).toBe(3);
  });

  it('measures 100 000 levels without overflowing the stack', () => {
    expect(jsonDepth(JSON.parse(nestedJson(100_000)))).toBe(100_000);
  });

  it('walks a cycle (a structured-clone message may hold one) only once', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(jsonDepth(loop)).toBe(1);
  });
});
