/**
 * Imported first by every entrypoint that loads zod: zod decides at schema creation whether to
 * probe `new Function`, which the extension CSP blocks (and Firefox logs as an error each time).
 */
import { z } from 'zod';

z.config({ jitless: true });
