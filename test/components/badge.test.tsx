import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { Badge, pillDailyLabel, placeCard, type BadgeProps } from '@/components/badge';
import type { Check } from '@/core/report';
import { capWarn, experiencePass, history, lowUnknown, ratioFail, reviewHint } from './samples';
import { fire, mount, unmountAll, valuePairs } from './render';

afterEach(() => {
  unmountAll();
  vi.useRealTimers();
});

const pill = (root: HTMLElement) => root.querySelector<HTMLButtonElement>('button.ks-badge')!;
const card = (root: HTMLElement) => root.querySelector<HTMLElement>('.ks-card');

/** A badge whose whole checks are already known (its card shows them at once). */
const Pill = ({ of, ...props }: Omit<BadgeProps, 'verdicts' | 'checks'> & { of: Check[] }) => (
  <Badge verdicts={of} checks={of} {...props} />
);

describe('Badge pill', () => {
  it('shows the worst status with the count of checks at that status', () => {
    const root = mount(
      <Badge
        verdicts={[experiencePass, ratioFail, capWarn, { ...ratioFail, id: 'D-HIKE' }]}
        checks={null}
        lang="zh"
      />,
    );
    expect(pill(root).className).toContain('ks-fail');
    expect(pill(root).querySelector('.ks-badge-status')!.textContent).toBe('✕2');
  });

  it('shows warn as ! with its count, unknown as ?, and a bare ✓ when all pass', () => {
    const pillText = (checks: Check[]) => pill(mount(<Pill of={checks} lang="zh" />)).textContent;
    expect(pillText([experiencePass, capWarn])).toBe('!1');
    expect(pillText([experiencePass, lowUnknown])).toBe('?1');
    const passing = pill(mount(<Pill of={[experiencePass]} lang="zh" />));
    expect(passing.textContent).toBe('✓');
    expect(passing.className).toContain('ks-pass');
  });

  it('shows the lowest 每日 figure in the pill (起 when there are several), each one in the card', () => {
    const plans = [
      { periods: 3, dailyFen: 1137 },
      { periods: 6, dailyFen: 556 },
      { periods: 12, dailyFen: 834 },
    ] as const;
    const root = mount(<Pill of={[experiencePass]} lang="zh" dailyPlans={[...plans]} />);
    const daily = [...root.querySelectorAll('.ks-badge-daily')].map((el) => el.textContent);
    expect(daily).toEqual(['每日¥5.56起']);
    // The button's name still carries every figure.
    expect(pill(root).getAttribute('aria-label')).toBe(
      '通过，3期 每日¥11.37，6期 每日¥5.56，12期 每日¥8.34 — 查看检查详情',
    );
    act(() => pill(root).focus());
    const inCard = [...card(root)!.querySelectorAll('.ks-daily-plan')].map((el) => el.textContent);
    expect(inCard).toEqual(['3期 每日¥11.37', '6期 每日¥5.56', '12期 每日¥8.34']);
  });

  it('shows a single plan with its periods', () => {
    const root = mount(
      <Pill of={[experiencePass]} lang="en" dailyPlans={[{ periods: 6, dailyFen: 556 }]} />,
    );
    expect(root.querySelector('.ks-badge-daily')!.textContent).toBe('6× ¥5.56/day');
    expect(
      pillDailyLabel('en', [
        { periods: 3, dailyFen: 900 },
        { periods: 12, dailyFen: 250 },
      ]),
    ).toBe('from ¥2.50/day');
    expect(pillDailyLabel('zh', [])).toBeNull();
  });

  it('speaks English when lang is en', () => {
    const root = mount(
      <Pill of={[ratioFail]} lang="en" dailyPlans={[{ periods: 3, dailyFen: 1137 }]} />,
    );
    expect(root.querySelector('.ks-badge-daily')!.textContent).toBe('3× ¥11.37/day');
    expect(pill(root).getAttribute('aria-label')).toBe(
      'fail 1, 3× ¥11.37/day — Show check details',
    );
  });
});

describe('Badge card', () => {
  it('takes the dark palette on a dark page', () => {
    const root = mount(<Pill of={[ratioFail]} lang="zh" dark />);
    expect(root.querySelector('.ks-badge-wrap')!.classList.contains('ks-dark')).toBe(true);
    expect(mount(<Pill of={[ratioFail]} lang="zh" />).querySelector('.ks-dark')).toBeNull();
  });

  it('opens on keyboard focus, listing each check with values and source, and closes on Esc', () => {
    const root = mount(<Pill of={[ratioFail, capWarn]} lang="zh" hints={[reviewHint]} />);
    const button = pill(root);
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(card(root)).toBeNull();

    act(() => button.focus());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    const opened = card(root)!;
    expect(button.getAttribute('aria-controls')).toBe(opened.id);
    const rules = [...opened.querySelectorAll('.ks-check .ks-id')].map((el) => el.textContent);
    expect(rules).toEqual(['D-RATIO', 'D-CAP']);
    expect(valuePairs(opened.querySelector('.ks-check')!)).toEqual([
      '意向金 ¥300.00',
      '总价 ¥999.00',
      '比例 30.03%',
      '比例下限 1%',
      '比例上限 20%',
    ]);
    expect(opened.textContent).toContain('来源：seed 004 §2');
    expect(opened.querySelector('.ks-hints')!.textContent).toContain(reviewHint.message.zh);

    fire(button, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card(root)).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('closes on Esc pressed inside the card, handing focus back to the pill', () => {
    const root = mount(<Pill of={[ratioFail, experiencePass]} lang="zh" />);
    act(() => pill(root).focus());
    const summary = card(root)!.querySelector<HTMLElement>('details summary')!;
    act(() => summary.focus());
    expect(card(root)).not.toBeNull();
    fire(summary, new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card(root)).toBeNull();
    expect(document.activeElement).toBe(pill(root));
  });

  it('opens on hover and closes shortly after the pointer leaves', () => {
    vi.useFakeTimers();
    const root = mount(<Pill of={[ratioFail]} lang="en" />);
    const wrap = root.querySelector('.ks-badge-wrap')!;
    fire(wrap, new MouseEvent('mouseenter'));
    expect(card(root)!.textContent).toContain('Deposit ratio');

    fire(wrap, new MouseEvent('mouseleave'));
    expect(card(root)).not.toBeNull(); // time to cross the gap onto the card
    act(() => {
      vi.advanceTimersByTime(200);
    });
    expect(card(root)).toBeNull();
  });

  it('stays open when the hovered pill is clicked (a tap is mouseenter then click)', () => {
    const root = mount(<Pill of={[ratioFail]} lang="zh" />);
    fire(root.querySelector('.ks-badge-wrap')!, new MouseEvent('mouseenter'));
    fire(pill(root), new MouseEvent('click', { bubbles: true }));
    expect(card(root)).not.toBeNull();
    expect(pill(root).getAttribute('aria-expanded')).toBe('true');
  });

  it('shows the price history sparkline with its observation count', () => {
    const root = mount(<Pill of={[lowUnknown]} lang="zh" history={history} />);
    fire(root.querySelector('.ks-badge-wrap')!, new MouseEvent('mouseenter'));
    const figure = card(root)!.querySelector('.ks-history')!;
    expect(figure.textContent).toContain('基于 3 次记录的历史最低价 ¥1,120.00');
    expect(figure.querySelector('svg[role="img"]')).not.toBeNull();
  });

  it('renders page text as text, never as HTML', () => {
    const hostile = {
      ...ratioFail,
      message: { zh: '<img src=x onerror="alert(1)">', en: '<img src=x onerror="alert(1)">' },
      values: { labelText: '<b>意向金可抵200元</b>' },
    };
    const root = mount(<Pill of={[hostile]} lang="zh" />);
    fire(root.querySelector('.ks-badge-wrap')!, new MouseEvent('mouseenter'));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.ks-card b')).toBeNull();
    expect(card(root)!.querySelector('.ks-msg')!.textContent).toBe(
      '<img src=x onerror="alert(1)">',
    );
    expect(card(root)!.textContent).toContain('<b>意向金可抵200元</b>');
  });
});

describe('placeCard', () => {
  const viewport = { width: 1000, height: 800 };
  const size = { width: 340, height: 300 };

  it('puts the card below the pill when it fits', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 50 }, size, viewport)).toEqual({
      top: 126,
      left: 50,
      maxHeight: 666,
    });
  });

  it('flips above the pill near the bottom of the viewport', () => {
    const placed = placeCard({ top: 700, bottom: 720, left: 50 }, size, viewport);
    expect(placed.top).toBe(700 - 6 - 300);
  });

  it('shifts left to stay inside the right edge, and never past the left margin', () => {
    expect(placeCard({ top: 100, bottom: 120, left: 900 }, size, viewport).left).toBe(
      1000 - 8 - 340,
    );
    expect(placeCard({ top: 100, bottom: 120, left: -20 }, size, viewport).left).toBe(8);
  });

  it('caps the height on the roomier side when it fits on neither', () => {
    const placed = placeCard(
      { top: 300, bottom: 320, left: 0 },
      { width: 340, height: 900 },
      viewport,
    );
    expect(placed).toEqual({ top: 326, left: 8, maxHeight: 800 - 8 - 326 });
  });

  it('says the details are on their way while only the verdicts are known', () => {
    const root = mount(<Badge verdicts={[ratioFail]} checks={null} lang="zh" />);
    fire(root.querySelector('.ks-badge-wrap')!, new MouseEvent('mouseenter'));
    expect(card(root)?.textContent).toContain('正在读取检查详情');
    expect(card(root)?.querySelector('.ks-summary')?.textContent).toContain('不通过 1');
  });
});
