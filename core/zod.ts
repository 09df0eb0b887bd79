/**
 * zod, configured once for the whole extension: every schema module imports `z` from here, so this
 * runs before the first schema is built. zod decides per object schema, when it is built, whether
 * to compile a fast parser with `new Function`, and probes for eval first; in the worker, popup and
 * options page that probe is a CSP violation logged each time. `jitless` skips both (SPEC §9
 * requests still meet the evaluate rate: core/zod-fast-path.ts is this project's own fast check).
 *
 * A caller that set `jitless: false` on purpose before importing the core (the jit-vs-jitless
 * benchmark, test/core/zod-jit.bench.ts) keeps it.
 */
import { z } from 'zod';

if (z.config().jitless !== false) z.config({ jitless: true });

export { z };
