/**
 * What jitless zod (core/zod.ts) costs evaluate(): the same request through a core built with
 * zod's JIT and through one built without it, side by side in one run. zod decides when a schema
 * is built, so each variant is a fresh import of the core after setting the flag; the JIT one is
 * imported first, because zod caches its eval probe.
 */
import { bench, describe, vi } from 'vitest';
import { z } from 'zod';
import specExample from '@/examples/spec-example.json';

async function coreBuilt(jitless: boolean) {
  vi.resetModules();
  z.config({ jitless });
  const [{ evaluate }, { parseRequest }] = await Promise.all([
    import('@/core/evaluate'),
    import('@/core/request'),
  ]);
  return { evaluate, parseRequest };
}

const jit = await coreBuilt(false);
const jitless = await coreBuilt(true);
const invalid = { ...specExample, product: { ...specExample.product, priceFen: 99.5 } };

describe('evaluate: zod JIT vs jitless', () => {
  bench('evaluate, zod JIT', () => void jit.evaluate(specExample));
  bench('evaluate, zod jitless (shipped)', () => void jitless.evaluate(specExample));
  bench('invalid request, zod JIT', () => void jit.evaluate(invalid));
  bench('invalid request, zod jitless (shipped)', () => void jitless.evaluate(invalid));
  bench('parseRequest, zod JIT', () => void jit.parseRequest(specExample));
  bench('parseRequest, zod jitless (shipped)', () => void jitless.parseRequest(specExample));
});
