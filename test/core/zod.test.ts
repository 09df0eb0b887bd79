/**
 * zod must never probe or compile with `new Function` (a CSP violation in the worker, popup and
 * options page): every schema is built jitless because core/zod.ts configures zod first.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const realFunction = globalThis.Function;

afterEach(() => {
  globalThis.Function = realFunction;
  vi.resetModules();
});

describe('core/zod', () => {
  it('builds and runs every schema without constructing a Function', async () => {
    const constructed: string[] = [];
    globalThis.Function = new Proxy(realFunction, {
      construct(target, args: string[]) {
        constructed.push(args.join(','));
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args: string[]) {
        constructed.push(args.join(','));
        return Reflect.apply(target, self, args) as unknown;
      },
    });
    vi.resetModules();
    const { z } = await import('@/core/zod');
    const { parseRequest } = await import('@/core/request');
    const { defaultPack, parsePack } = await import('@/core/pack');
    const { evaluate } = await import('@/core/evaluate');
    const example = (await import('@/examples/spec-example.json')).default;
    expect(parsePack(defaultPack).ok).toBe(true);
    expect(parseRequest(example).ok).toBe(true);
    expect(evaluate(example).ok).toBe(true);
    expect(z.config().jitless).toBe(true);
    expect(constructed).toEqual([]);
  });
});
