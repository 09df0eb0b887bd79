import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import specExample from '@/examples/spec-example.json';
import { evaluationRequest } from '@/core/request';
import { compileAcceptor } from '@/core/zod-fast-path';
import { z } from 'zod';

const accepts = compileAcceptor(evaluationRequest);

/** Every path to a leaf of the example, so mutations hit real fields. */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => leafPaths(inner, [...prefix, key]));
}
const paths = leafPaths(specExample);

function setPath(target: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(target) as Record<string, unknown>;
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path.at(-1) as string] = value;
  return copy;
}

const anyValue = fc.oneof(
  fc.constantFrom(
    null,
    undefined,
    true,
    false,
    0,
    -1,
    1,
    0.5,
    1.5,
    100,
    4.3,
    2.5e15,
    NaN,
    Infinity,
  ),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.constantFrom('2023-02-20', '2023-02-30', '3C', 'normal', 'appliance', '#FF4500', 'FI-COSUB'),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.string(), fc.integer(), { maxKeys: 2 }),
);

describe('the compiled acceptor agrees with zod', () => {
  it('compiles the request schema', () => {
    expect(accepts).not.toBeNull();
    expect(accepts?.(specExample)).toBe(true);
  });
  it('never accepts what zod rejects (and accepts what zod accepts) under random field changes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), anyValue, (path, value) => {
        const input = setPath(specExample, path, value);
        expect(accepts?.(input)).toBe(evaluationRequest.safeParse(input).success);
      }),
      { numRuns: 400 },
    );
  });
  it('gives up (null) on what it does not model', () => {
    expect(compileAcceptor(z.object({ a: z.string().transform((s) => s.length) }))).toBeNull();
    expect(compileAcceptor(z.number().multipleOf(5))).toBeNull();
  });
});
