/**
 * Script-style benchmark of evaluate(): `npx tsx scripts/bench-evaluate.ts`. Prints calls per
 * second by CPU time as well as wall time, since on a shared 2-core machine the wall clock also
 * counts other processes' turns.
 */
import { readFileSync } from 'node:fs';
import { evaluate } from '../core/evaluate';
import { parseRequest } from '../core/request';

const example: unknown = JSON.parse(readFileSync('examples/spec-example.json', 'utf8'));
const calls = Number(process.argv[2] ?? 200_000);

function measure(name: string, run: () => unknown): void {
  for (let i = 0; i < 20_000; i += 1) run(); // warm up the JIT
  const cpuStart = process.cpuUsage();
  const wallStart = performance.now();
  for (let i = 0; i < calls; i += 1) run();
  const cpu = process.cpuUsage(cpuStart);
  const wallMs = performance.now() - wallStart;
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const perSecond = (ms: number) => Math.round((calls / ms) * 1000).toLocaleString('en');
  console.log(
    `${name.padEnd(34)} ${perSecond(cpuMs).padStart(10)}/s by CPU time  ${perSecond(wallMs).padStart(10)}/s by wall clock  (${((cpuMs * 1000) / calls).toFixed(2)} µs CPU a call)`,
  );
}

measure('evaluate(SPEC §9 example)', () => evaluate(example));
measure('parseRequest alone (zod)', () => parseRequest(example));
