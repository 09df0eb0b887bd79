/**
 * Script-style benchmark of evaluate(): `npx tsx scripts/bench-evaluate.ts [calls]`. Prints calls
 * per second by CPU time as well as wall time, since on a shared 2-core machine the wall clock also
 * counts other processes' turns. Runs the shipped (jitless) zod and, for comparison, zod with its
 * JIT (`--jit`: set before the core is imported, since zod decides when a schema is built), in
 * alternating child processes, and prints the ratio.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const calls = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 200_000);
const child = process.argv.includes('--child');
const jit = process.argv.includes('--jit');

async function measureAll(): Promise<void> {
  z.config({ jitless: !jit });
  const { evaluate } = await import('../core/evaluate');
  const { parseRequest } = await import('../core/request');
  const example: unknown = JSON.parse(readFileSync('examples/spec-example.json', 'utf8'));
  const label = jit ? 'zod JIT' : 'zod jitless';
  const measure = (name: string, run: () => unknown) => {
    for (let i = 0; i < 20_000; i += 1) run(); // warm up the JIT
    const cpuStart = process.cpuUsage();
    const wallStart = performance.now();
    for (let i = 0; i < calls; i += 1) run();
    const cpu = process.cpuUsage(cpuStart);
    const wallMs = performance.now() - wallStart;
    const cpuMs = (cpu.user + cpu.system) / 1000;
    const perSecond = (ms: number) => Math.round((calls / ms) * 1000);
    // One JSON line a figure, read by the parent.
    console.log(
      JSON.stringify({ name: `${name}, ${label}`, cpu: perSecond(cpuMs), wall: perSecond(wallMs) }),
    );
  };
  measure('evaluate(SPEC §9 example)', () => evaluate(example));
  measure('parseRequest alone', () => parseRequest(example));
}

interface Figure {
  name: string;
  cpu: number;
  wall: number;
}

function runChild(withJit: boolean): Figure[] {
  const script = fileURLToPath(import.meta.url);
  const args = ['tsx', script, '--child', String(calls), ...(withJit ? ['--jit'] : [])];
  const out = execFileSync('npx', args, { encoding: 'utf8' });
  return out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Figure);
}

if (child) {
  await measureAll();
} else {
  // jitless, JIT, jitless, JIT: each figure the better of two rounds, so a neighbour's burst of
  // CPU use on the shared machine does not decide the comparison.
  const rounds = [runChild(false), runChild(true), runChild(false), runChild(true)];
  const best = new Map<string, Figure>();
  for (const figure of rounds.flat()) {
    const seen = best.get(figure.name);
    if (!seen || figure.cpu > seen.cpu) best.set(figure.name, figure);
  }
  const format = (n: number) => n.toLocaleString('en').padStart(10);
  for (const figure of best.values()) {
    console.log(
      `${figure.name.padEnd(42)} ${format(figure.cpu)}/s by CPU time  ${format(figure.wall)}/s by wall clock  (${(1e6 / figure.cpu).toFixed(2)} µs CPU a call)`,
    );
  }
  for (const name of ['evaluate(SPEC §9 example)', 'parseRequest alone']) {
    const jitless = best.get(`${name}, zod jitless`);
    const withJit = best.get(`${name}, zod JIT`);
    if (jitless && withJit) {
      console.log(`${name}: jitless ÷ JIT = ${(jitless.cpu / withJit.cpu).toFixed(2)} (CPU time)`);
    }
  }
}
