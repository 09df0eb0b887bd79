import { afterEach, describe, expect, it } from 'vitest';
import { CheckList, shortfall, SummaryChips } from '@/components/check-list';
import type { Check } from '@/core/report';
import { capWarn, cosubFail, experiencePass, lowUnknown, ratioFail } from './samples';
import { mount, unmountAll, valuePairs } from './render';

afterEach(unmountAll);

const items = (root: HTMLElement) => [
  ...root.querySelectorAll<HTMLElement>('.ks-checks > .ks-check'),
];

describe('CheckList', () => {
  it('lists every check worst first, with status, rule name and ID, message and source', () => {
    const root = mount(
      <CheckList checks={[experiencePass, lowUnknown, capWarn, ratioFail]} lang="zh" />,
    );
    const ids = items(root).map((item) => item.querySelector('.ks-id')!.textContent);
    expect(ids).toEqual(['D-RATIO', 'D-CAP', 'D-LOW90', 'M-EXP']);
    const [first] = items(root);
    expect(first!.querySelector('.ks-chip')!.textContent).toBe('✕ 不通过');
    expect(first!.querySelector('.ks-rule')!.textContent).toBe('意向金比例');
    expect(first!.querySelector('.ks-msg')!.textContent).toBe(ratioFail.message.zh);
    expect(first!.querySelector('.ks-source')!.textContent).toBe('来源：seed 004 §2');
  });

  it('names each failed or unknown term of a program check with its values, and the phase', () => {
    const root = mount(<CheckList checks={[cosubFail]} lang="zh" />);
    const item = items(root)[0]!;
    expect(item.querySelector('.ks-phase')!.textContent).toBe('活动中');
    const terms = [...item.querySelectorAll('.ks-term')];
    // The passing M-EXP term is left out: the card names what decided the verdict.
    expect(terms.map((term) => term.querySelector('.ks-rule')!.textContent)).toEqual([
      '近30天商责纠纷率',
      '单场GMV',
    ]);
    expect(terms[1]!.querySelector('.ks-chip')!.textContent).toBe('✕ 不通过');
    expect(valuePairs(terms[1]!)).toEqual(['单场GMV ¥500,000.00', '单场GMV下限 ¥1,000,000.00']);
    expect(valuePairs(terms[0]!)).toEqual(['商责纠纷率 未知', '商责纠纷率上限 0.36‱']);
  });

  it('folds a program to one line naming what holds it back, details on expand', () => {
    const ended: Check = {
      ...cosubFail,
      terms: [
        ...cosubFail.terms!,
        {
          id: 'window',
          status: 'fail',
          values: { phase: 'ended' },
          message: { zh: '已结束', en: 'ended' },
        },
      ],
    };
    const root = mount(<CheckList checks={[ended]} lang="zh" folded />);
    const line = root.querySelector<HTMLElement>('.ks-folded summary')!;
    expect(line.querySelector('.ks-shortfall')!.textContent).toBe('单场GMV、活动已结束');
    expect(line.title).toBe(cosubFail.message.zh);
    expect(root.querySelector<HTMLDetailsElement>('.ks-folded details')!.open).toBe(false);
    expect(root.querySelectorAll('.ks-folded .ks-term')).toHaveLength(3);
    const unknownOnly: Check = {
      ...cosubFail,
      status: 'unknown',
      terms: cosubFail.terms!.filter((term) => term.id === 'M-DISP'),
    };
    // The phase is the chip; the window's own message says its dates: no value rows repeat them.
    expect(valuePairs(root.querySelector('.ks-folded-body')!)[0]).toBe('日期 2023年2月20日');
    expect(root.querySelector('.ks-folded-body')!.textContent).not.toContain('阶段');
    expect(shortfall(unknownOnly, 'zh')).toBe('1 项未知');
    expect(shortfall(ended, 'en')).toBe('Single-session GMV, campaign ended');
  });

  it('shows English names, statuses, phases and values when lang is en', () => {
    const root = mount(<CheckList checks={[cosubFail]} lang="en" />);
    const item = items(root)[0]!;
    expect(item.querySelector('.ks-rule')!.textContent).toBe('Co-subsidised interest-free');
    expect(item.querySelector('.ks-phase')!.textContent).toBe('active');
    expect(item.querySelector('.ks-chip')!.textContent).toBe('✕ fail');
    expect(item.querySelector('.ks-source')!.textContent).toBe('Source: seed 000 §3.3');
    expect(valuePairs(item.querySelectorAll('.ks-term')[1]!)).toEqual([
      'Best session GMV ¥500,000.00',
      'Session GMV (min) ¥1,000,000.00',
    ]);
  });

  it('folds passing checks under a closed disclosure when anything needs attention', () => {
    const root = mount(<CheckList checks={[experiencePass, ratioFail]} lang="zh" />);
    const folded = root.querySelector<HTMLDetailsElement>('details.ks-passed')!;
    expect(folded.open).toBe(false);
    expect(folded.querySelector('summary')!.textContent).toBe('✓ 通过 1 项');
    expect(folded.querySelector('.ks-check .ks-id')!.textContent).toBe('M-EXP');
    expect(root.querySelector('.ks-check-list > .ks-checks .ks-id')!.textContent).toBe('D-RATIO');
  });

  it('shows the passing checks open when everything passes', () => {
    const root = mount(<CheckList checks={[experiencePass]} lang="en" />);
    const folded = root.querySelector<HTMLDetailsElement>('details.ks-passed')!;
    expect(folded.open).toBe(true);
    expect(folded.querySelector('summary')!.textContent).toBe('✓ pass 1 check');
  });

  it('leaves out empty text values', () => {
    const root = mount(
      <CheckList
        checks={[{ ...experiencePass, values: { failedTerms: '', experienceScore: 4.6 } }]}
        lang="zh"
      />,
    );
    expect(valuePairs(root)).toEqual(['购物体验分 4.6']);
  });

  it('says so when there is nothing to show', () => {
    expect(mount(<CheckList checks={[]} lang="en" />).textContent).toBe('No check applies');
  });

  it('renders hostile page text as text', () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const root = mount(
      <CheckList
        checks={[{ ...ratioFail, message: { zh: evil, en: evil }, values: { labelText: evil } }]}
        lang="zh"
      />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.ks-msg')!.textContent).toBe(evil);
    expect(valuePairs(root)).toEqual([`标签文字 ${evil}`]);
  });
});

describe('SummaryChips', () => {
  it('counts checks per status, worst first, leaving out empty statuses', () => {
    const root = mount(
      <SummaryChips checks={[experiencePass, ratioFail, capWarn, ratioFail]} lang="zh" />,
    );
    const chips = [...root.querySelectorAll('.ks-chip')].map((chip) => chip.textContent);
    expect(chips).toEqual(['✕ 不通过 2', '! 提醒 1', '✓ 通过 1']);
  });
});
