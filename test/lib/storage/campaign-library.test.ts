/**
 * The campaign library (issue 17): campaign packs beside the bundled one, listed, removable,
 * exportable, bounded; a bad pack refused whole; 我已满足 stored per campaign.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import example from '@/examples/campaign-pack-2026-1212.json';
import { defaultPack, type RulePack } from '@/core/pack';
import type { Report } from '@/core/report';
import { MAX_LIBRARY_PACKS, type LibraryEntry } from '@/lib/storage/rule-pack';
import { createWorker } from '@/lib/worker/handlers';

const worker = () => createWorker(undefined, () => Date.UTC(2026, 11, 8));
const entries = (reply: { ok: boolean; data?: unknown }) => (reply.data ?? []) as LibraryEntry[];
const named = (name: string) => ({ ...structuredClone(example), name });

describe('the campaign library', () => {
  beforeEach(() => fakeBrowser.reset());

  it('adds a campaign pack beside the bundled one; removing it takes its programs away', async () => {
    const w = worker();
    expect((await w.handle({ type: 'import-pack', pack: example })).ok).toBe(true);
    const inForce = await w.handle({ type: 'get-pack' });
    const ids = inForce.ok && Object.keys((inForce.data as RulePack).programs);
    expect(ids).toEqual(expect.arrayContaining(['BNPL-SUB', 'FI-PLAT6', 'RATE-1212']));
    const listed = await w.handle({ type: 'list-packs' });
    expect(entries(listed).map((entry) => [entry.id, entry.removable])).toEqual([
      ['bundled', false],
      [example.name, true],
    ]);
    const exported = await w.handle({ type: 'export-pack', id: example.name });
    expect(exported.ok && exported.data).toEqual(example);

    await w.handle({ type: 'remove-pack', id: example.name });
    const after = await worker().handle({ type: 'get-pack' });
    expect(after.ok && (after.data as RulePack).version).toBe(defaultPack.version);
  });

  it('refuses a failing pack whole, with every field path, keeping what is in force', async () => {
    const w = worker();
    await w.handle({ type: 'import-pack', pack: example });
    const bad = named('bad');
    bad.campaigns[0]!.programs[1]!.subsidy = null as never;
    (bad.campaigns[0]!.programs[0] as { kind: string }).kind = 'lottery';
    const reply = await w.handle({ type: 'import-pack', pack: bad });
    expect(!reply.ok && reply.issues?.map((issue) => issue.path)).toEqual([
      'campaigns.0.programs.0.kind',
      'campaigns.0.programs.1.subsidy',
    ]);
    const listed = await w.handle({ type: 'list-packs' });
    expect(entries(listed).length).toBe(2);
  });

  it('at its bound refuses the next pack and replaces nothing; a new version of one replaces it', async () => {
    const w = worker();
    for (let n = 0; n < MAX_LIBRARY_PACKS; n += 1) {
      const pack = named(`pack ${n}`);
      pack.campaigns[0]!.key = `k${n}`;
      expect((await w.handle({ type: 'import-pack', pack })).ok).toBe(true);
    }
    const over = await w.handle({ type: 'import-pack', pack: named('one too many') });
    expect(!over.ok && over.issues?.[0]?.message).toContain('活动库已满');
    const again = { ...named('pack 0'), version: 'v2' };
    expect((await w.handle({ type: 'import-pack', pack: again })).ok).toBe(true);
    const listed = await w.handle({ type: 'list-packs' });
    expect(entries(listed).length).toBe(MAX_LIBRARY_PACKS + 1);
  });

  it('stores 我已满足 per campaign, and the program is judged with it', async () => {
    const w = worker();
    await w.handle({ type: 'import-pack', pack: example });
    const requirement = example.campaigns[0]!.programs[4]!.unread![0]!;
    const request = { date: '2026-12-09', programScope: 'all', merchant: { enterprise: true } };
    const statusOf = async () => {
      const reply = await w.handle({ type: 'evaluate', requests: [request] });
      const items = (reply.ok ? reply.data : []) as { report?: Report }[];
      const checks = items[0]?.report?.checks ?? [];
      return checks.find((check) => check.id === 'ACT-NEW1212')?.values.unknownTerms;
    };
    expect(await statusOf()).toContain('unread');
    await w.handle({ type: 'confirm-requirement', campaign: 'dec2026', requirement, met: true });
    expect(await statusOf()).not.toContain('unread');
    const listed = await w.handle({ type: 'list-packs' });
    expect(entries(listed)[1]?.campaigns[0]?.unread[0]?.confirmed).toBe(true);
  });
});
