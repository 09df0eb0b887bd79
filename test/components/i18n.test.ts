import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { evaluate } from '@/core/evaluate';
import type { ResponseData } from '@/core/messages';
import { ruleIds } from '@/core/report';
import {
  formatValue,
  pageKindNames,
  registerLabels,
  ruleName,
  ruleNames,
  shiftDecimal,
  statusLabels,
  t,
  text,
  valueName,
} from '@/components/i18n';
import { labels, type Labels } from '@/components/labels';
import { createWorker } from '@/lib/worker/handlers';
import { pageKinds } from '@/core/settings';

describe('text', () => {
  it('has the four status labels in both languages', () => {
    expect(Object.values(statusLabels).map((label) => t('zh', label))).toEqual([
      '通过',
      '不通过',
      '提醒',
      '未知',
    ]);
    expect(t('en', statusLabels.unknown)).toBe('unknown');
  });

  it('names every rule ID and page kind in both languages', () => {
    for (const id of ruleIds) {
      expect(ruleNames[id].zh, id).toMatch(/\S/);
      expect(ruleNames[id].en, id).toMatch(/^[\x20-\x7e–≤“”…意向金可抵XX元%]+$/);
    }
    for (const kind of pageKinds) expect(pageKindNames[kind].zh).toMatch(/\S/);
    expect(ruleName('zh', 'D-LOW90')).toBe('活动价不高于历史最低价90%');
    expect(ruleName('en', 'no-such-term')).toBe('no-such-term');
  });
});

describe('formatValue', () => {
  it('formats money keys ending in Fen', () => {
    expect(formatValue('zh', 'priceFen', 129900)).toBe('¥1,299.00');
  });

  it('formats basis points as an exact percent', () => {
    expect(formatValue('zh', 'ratioBp', 230)).toBe('2.3%');
    expect(formatValue('zh', 'maxRatioBp', 2000)).toBe('20%');
    expect(formatValue('zh', 'ratioBp', 1)).toBe('0.01%');
  });

  it('formats the dispute rate in ‱ and other ppm as a percent', () => {
    expect(formatValue('zh', 'maxDisputeRatePpm', 36)).toBe('0.36‱');
    expect(formatValue('zh', 'minOnTimeShipRatePpm', 900000)).toBe('90%');
    expect(formatValue('zh', 'disputeRate30d', 0.000036)).toBe('0.36‱');
    expect(formatValue('zh', 'onTimeShipRate30d', 0.955)).toBe('95.5%');
  });

  it('formats booleans, missing values, codes, phases and days per language', () => {
    expect(formatValue('zh', 'enterprise', true)).toBe('是');
    expect(formatValue('en', 'enterprise', false)).toBe('no');
    expect(formatValue('zh', 'historicalLowFen', null)).toBe('未知');
    expect(formatValue('zh', 'historicalLowSource', 'history')).toBe('历史记录');
    expect(formatValue('zh', 'phase', 'signup')).toBe('报名中');
    expect(formatValue('en', 'phase', 'not-started')).toBe('not started');
    expect(formatValue('zh', 'date', '2023-02-20')).toBe('2023年2月20日');
    expect(formatValue('en', 'date', '2023-02-20')).toBe('2023-02-20');
    // 2023-02-19T16:30Z is already the 20th in Shanghai.
    expect(formatValue('en', 'seenAt', Date.UTC(2023, 1, 19, 16, 30))).toBe('2023-02-20');
    expect(formatValue('zh', 'failedTerms', 'M-EXP,session-gmv')).toBe('购物体验分、单场GMV');
    expect(formatValue('zh', 'presaleQty', 12000)).toBe('12,000');
  });
});

describe('valueName', () => {
  it('names a threshold after what it bounds', () => {
    expect(valueName('zh', 'minCategoryBondFen')).toBe('类目保证金下限');
    expect(valueName('en', 'maxDisputeRatePpm')).toBe('Dispute rate (max)');
    expect(valueName('zh', 'somethingNew')).toBe('somethingNew');
  });
});

describe('shiftDecimal', () => {
  it('moves the point on the decimal text, without float error', () => {
    expect(shiftDecimal(230, -2)).toBe('2.3');
    expect(shiftDecimal(0.95, 2)).toBe('95');
    expect(shiftDecimal(0.00003, 4)).toBe('0.3');
    expect(shiftDecimal(1e-7, 4)).toBe('0.001');
    expect(shiftDecimal(0.07, 2)).toBe('7'); // 0.07 × 100 is 7.000000000000001 in floats
    expect(shiftDecimal(-5, -1)).toBe('-0.5');
    expect(shiftDecimal(0, -2)).toBe('0');
  });
});

describe('names for what the core reports', () => {
  it('names every value key and term the core emits on the shipped examples', () => {
    const requests: unknown[] = [
      JSON.parse(readFileSync(resolve(__dirname, '../../examples/spec-example.json'), 'utf8')),
      JSON.parse(readFileSync(resolve(__dirname, '../../examples/merchant-only.json'), 'utf8')),
      ...JSON.parse(readFileSync(resolve(__dirname, '../../examples/batch.json'), 'utf8')),
      {},
      {
        product: { deposit: {}, category: { kind: 'food' } },
        merchant: { mainCategory: { level: 2 } },
      },
    ];
    const unnamed = new Set<string>();
    for (const request of requests) {
      const result = evaluate(request);
      if (!result.ok) continue;
      for (const check of result.report.checks) {
        for (const key of Object.keys(check.values))
          if (valueName('zh', key) === key) unnamed.add(key);
        for (const term of check.terms ?? []) {
          if (ruleName('zh', term.id) === term.id) unnamed.add(`term ${term.id}`);
          for (const key of Object.keys(term.values))
            if (valueName('zh', key) === key) unnamed.add(key);
        }
      }
    }
    expect([...unnamed]).toEqual([]);
  });
});

describe('labels: bundled outside the content scripts, sent by the worker to them', () => {
  it('outside a content script the dictionaries ARE the bundled labels', () => {
    expect(text).toBe(labels.text);
    expect(ruleNames).toBe(labels.ruleNames);
    expect(statusLabels.fail).toEqual({ zh: '不通过', en: 'fail' });
  });

  it('the worker answers get-labels with every dictionary, as plain data', async () => {
    fakeBrowser.reset();
    const reply = await createWorker().handle({ type: 'get-labels' });
    expect(reply.ok).toBe(true);
    if (!reply.ok) return;
    const data = reply.data as ResponseData['get-labels'];
    // What crosses the message boundary: a structured clone.
    expect(structuredClone(data.labels)).toEqual(labels);
    expect(typeof data.css).toBe('string');
  });

  it('registering fills the dictionaries in place (components keep their references)', () => {
    const held = ruleNames;
    const changed = structuredClone(labels) as Labels;
    changed.ruleNames['D-RATIO'] = { zh: '意向金比例（新）', en: 'Deposit ratio (new)' };
    const original = structuredClone(labels.ruleNames['D-RATIO']);
    registerLabels(changed);
    expect(held).toBe(ruleNames);
    expect(ruleName('en', 'D-RATIO')).toBe('Deposit ratio (new)');
    registerLabels({ ...changed, ruleNames: { ...changed.ruleNames, 'D-RATIO': original } });
    expect(ruleName('zh', 'D-RATIO')).toBe('意向金比例');
  });
});

describe('the content scripts stay free of the dictionaries', () => {
  /** Every source file a content script may bundle: the components and lib/content. */
  const sources = (dir: string): string[] =>
    readdirSync(resolve(dir), { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory()
        ? sources(join(dir, entry.name))
        : /\.tsx?$/.test(entry.name)
          ? [join(dir, entry.name)]
          : [],
    );

  it('only i18n.ts imports labels.ts at runtime (anything else would bundle every word)', () => {
    const runtimeImport = /^import\s+(?!type\b)[^;]*from\s+'(?:@\/components\/|\.\/)labels'/m;
    const importers = [...sources('components'), ...sources('lib/content')].filter((file) =>
      runtimeImport.test(readFileSync(file, 'utf8')),
    );
    expect(importers).toEqual(['components/i18n.ts']);
  });
});
