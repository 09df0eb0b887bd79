/**
 * A fast yes/no for the hot path of evaluate(): a predicate compiled once from a zod schema's own
 * definition (never a second hand-written copy of it), that answers "zod would accept this" without
 * building zod's result and issue objects. It is conservative: anything it does not model
 * (transforms, defaults, unknown checks) makes it answer "not sure", and the caller then runs zod
 * itself, which also gives the field-path issues. A property test holds it to zod: it never
 * accepts what zod rejects.
 *
 * Difference that does not matter to the rules: zod strips unknown keys, the fast path leaves them
 * (the rules only read the fields the schema names).
 */
import type { z } from 'zod';

type Predicate = (value: unknown) => boolean;

/** Zod 4's internal definition shape, as far as this compiler reads it. */
interface Def {
  type: string;
  [key: string]: unknown;
}
interface CheckDef {
  check: string;
  format?: string;
  value?: unknown;
  inclusive?: boolean;
  pattern?: RegExp;
  minimum?: unknown;
  maximum?: unknown;
  fn?: (value: unknown) => unknown;
}

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

function checksOf(def: Def): CheckDef[] | null {
  const checks = (def.checks as { _zod: { def: CheckDef } }[] | undefined) ?? [];
  const defs = checks.map((check) => check._zod.def);
  return defs;
}

function numberCheck(check: CheckDef): Predicate | null {
  const bound = check.value;
  switch (check.check) {
    case 'number_format':
      return check.format === 'safeint' ? (v) => Number.isSafeInteger(v) : null;
    case 'greater_than':
      if (typeof bound !== 'number') return null;
      return check.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound;
    case 'less_than':
      if (typeof bound !== 'number') return null;
      return check.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound;
    default:
      return null;
  }
}

/** `.min(n)` / `.max(n)` of a string or an array: a bound on `length`. */
function lengthCheck(check: CheckDef): Predicate | null {
  if (check.check === 'min_length' && typeof check.minimum === 'number') {
    const minimum = check.minimum;
    return (v) => (v as { length: number }).length >= minimum;
  }
  if (check.check === 'max_length' && typeof check.maximum === 'number') {
    const maximum = check.maximum;
    return (v) => (v as { length: number }).length <= maximum;
  }
  return null;
}

function stringCheck(check: CheckDef): Predicate | null {
  const length = lengthCheck(check);
  if (length) return length;
  if (check.check === 'string_format' && check.format === 'regex' && check.pattern) {
    const pattern = check.pattern;
    return (v) => {
      pattern.lastIndex = 0;
      return pattern.test(v as string);
    };
  }
  if (check.check === 'custom' && check.fn) {
    // Refinements are pure (isoDay: "a real calendar day"), and the same few strings recur call
    // after call, so each answer is remembered (bounded).
    const fn = check.fn;
    const answers = new Map<unknown, boolean>();
    return (v) => {
      let answer = answers.get(v);
      if (answer === undefined) {
        if (answers.size >= 1024) answers.clear();
        answer = fn(v) === true;
        answers.set(v, answer);
      }
      return answer;
    };
  }
  return null;
}

function withChecks(
  base: Predicate,
  def: Def,
  compileCheck: (check: CheckDef) => Predicate | null,
): Predicate | null {
  const defs = checksOf(def);
  if (defs === null) return null;
  const predicates: Predicate[] = [];
  for (const check of defs) {
    const predicate = compileCheck(check);
    if (!predicate) return null;
    predicates.push(predicate);
  }
  return (v) => {
    if (!base(v)) return false;
    for (const predicate of predicates) if (!predicate(v)) return false;
    return true;
  };
}

function compileDef(def: Def): Predicate | null {
  switch (def.type) {
    case 'optional': {
      // optional(nullable(x)) — zod's nullish — as one test: fewer calls on the hot path.
      const innerDef = defOf(def.innerType);
      if (innerDef.type === 'nullable') {
        const inner = compileSchema(innerDef.innerType);
        return inner && ((v) => v === undefined || v === null || inner(v));
      }
      const inner = compileDef(innerDef);
      return inner && ((v) => v === undefined || inner(v));
    }
    case 'nullable': {
      const inner = compileSchema(def.innerType);
      return inner && ((v) => v === null || inner(v));
    }
    case 'boolean':
      return (v) => typeof v === 'boolean';
    case 'number':
      return withChecks((v) => typeof v === 'number' && Number.isFinite(v), def, numberCheck);
    case 'string':
      return withChecks((v) => typeof v === 'string', def, stringCheck);
    case 'enum': {
      const allowed = new Set(Object.values(def.entries as Record<string, unknown>));
      return (v) => allowed.has(v as never);
    }
    case 'literal': {
      const allowed = new Set(def.values as unknown[]);
      return (v) => allowed.has(v);
    }
    case 'union': {
      const options = (def.options as unknown[]).map(compileSchema);
      if (options.some((option) => option === null)) return null;
      const predicates = options as Predicate[];
      return (v) => predicates.some((predicate) => predicate(v));
    }
    case 'array': {
      const element = compileSchema(def.element);
      if (!element) return null;
      const isArray: Predicate = (v) => Array.isArray(v) && v.every((item) => element(item));
      return withChecks(isArray, def, lengthCheck);
    }
    case 'object': {
      if (def.catchall !== undefined || (checksOf(def)?.length ?? 0) > 0) return null;
      const keys: string[] = [];
      const predicates: Predicate[] = [];
      for (const [key, field] of Object.entries(def.shape as Record<string, unknown>)) {
        const predicate = compileSchema(field);
        if (!predicate) return null;
        keys.push(key);
        predicates.push(predicate);
      }
      return (v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
        const record = v as Record<string, unknown>;
        for (let index = 0; index < keys.length; index += 1) {
          if (!(predicates[index] as Predicate)(record[keys[index] as string])) return false;
        }
        return true;
      };
    }
    default:
      return null;
  }
}

function compileSchema(schema: unknown): Predicate | null {
  return compileDef(defOf(schema));
}

/**
 * A predicate that is true only for input the schema accepts; null when the schema uses something
 * this compiler does not model (then always use zod).
 */
export function compileAcceptor(schema: z.ZodType): Predicate | null {
  return compileSchema(schema);
}
