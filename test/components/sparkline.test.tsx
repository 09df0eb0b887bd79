import { afterEach, describe, expect, it } from 'vitest';
import { Sparkline, sparkPad } from '@/components/sparkline';
import { defaultPack } from '@/core/pack';
import { lowCeiling } from '@/core/present/history';
import { mount, unmountAll } from './render';

afterEach(unmountAll);

const day = (n: number) => Date.UTC(2023, 0, n);
const polylinePoints = (root: HTMLElement) =>
  root.querySelector('polyline')!.getAttribute('points')!.split(' ');

describe('Sparkline', () => {
  it('draws one vertex per point, in time order', () => {
    const root = mount(
      <Sparkline
        points={[
          { at: day(3), fen: 300 },
          { at: day(1), fen: 100 },
          { at: day(2), fen: 200 },
          { at: day(4), fen: 150 },
        ]}
        lowFen={null}
        ceiling={lowCeiling(null, defaultPack)}
        lang="zh"
        width={100}
        height={40}
      />,
    );
    const vertices = polylinePoints(root);
    expect(vertices).toHaveLength(4);
    const xs = vertices.map((v) => Number(v.split(',')[0]));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // The first in time (day 1, the cheapest) sits at the bottom of the plot.
    expect(vertices[0]).toBe(`${sparkPad},${40 - sparkPad}`);
    expect(root.querySelector('.ks-spark-low90')).toBeNull();
  });

  it('places the low and the 90 % line by value, the 90 % one below the low', () => {
    // Values 100…300 fen, low 200 → 90 % line at 180; domain 100…300 over 40 − 2·pad px.
    const root = mount(
      <Sparkline
        points={[
          { at: day(1), fen: 300 },
          { at: day(2), fen: 100 },
        ]}
        lowFen={200}
        ceiling={lowCeiling(200, defaultPack)}
        lang="zh"
        width={100}
        height={48}
      />,
    );
    const plot = 48 - 2 * sparkPad;
    const line = (cls: string) => Number(root.querySelector(`.${cls}`)!.getAttribute('y1'));
    expect(line('ks-spark-low')).toBeCloseTo(sparkPad + (100 / 200) * plot, 1);
    expect(line('ks-spark-low90')).toBeCloseTo(sparkPad + (120 / 200) * plot, 1);
    expect(root.querySelector('.ks-spark-key-low90')!.textContent).toBe('最低价的90% ¥1.80');
    expect(root.querySelector('.ks-spark-key-low')!.textContent).toBe('历史最低价 ¥2.00');
  });

  it('puts the 90 % line at the bottom when it is the smallest value', () => {
    const root = mount(
      <Sparkline
        points={[
          { at: day(1), fen: 1000 },
          { at: day(2), fen: 2000 },
        ]}
        lowFen={1000}
        ceiling={lowCeiling(1000, defaultPack)}
        lang="zh"
        width={100}
        height={44}
      />,
    );
    expect(root.querySelector('.ks-spark-low90')!.getAttribute('y1')).toBe(String(44 - sparkPad));
  });

  it('draws a single point as a dot and no polyline', () => {
    const root = mount(
      <Sparkline
        points={[{ at: day(1), fen: 500 }]}
        lowFen={500}
        ceiling={lowCeiling(500, defaultPack)}
        lang="en"
      />,
    );
    expect(root.querySelector('polyline')).toBeNull();
    expect(root.querySelectorAll('circle')).toHaveLength(1);
    expect(root.querySelector('svg')!.getAttribute('aria-label')).toContain('Price history: 1');
  });

  it('says there are no records when there are no points and no low', () => {
    const root = mount(
      <Sparkline points={[]} lowFen={null} ceiling={lowCeiling(null, defaultPack)} lang="zh" />,
    );
    expect(root.querySelector('svg')).toBeNull();
    expect(root.textContent).toBe('暂无价格记录');
    expect(root.querySelector('[role="img"]')!.getAttribute('aria-label')).toBe('价格记录：0');
  });

  it('summarises itself for screen readers', () => {
    const root = mount(
      <Sparkline
        points={[
          { at: day(1), fen: 119900 },
          { at: day(2), fen: 112000 },
        ]}
        lowFen={112000}
        ceiling={lowCeiling(112000, defaultPack)}
        lang="zh"
      />,
    );
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe(
      '价格记录：2，最低 ¥1,120.00，最高 ¥1,199.00，历史最低价 ¥1,120.00，最低价的90% ¥1,008.00',
    );
  });
});

describe('lowCeiling', () => {
  it('is the largest whole fen at or under 90 % of the low', () => {
    expect(lowCeiling(112000, defaultPack)?.fen).toBe(100800);
    expect(lowCeiling(999, defaultPack)?.fen).toBe(899); // 899.1 → 899 still passes, 900 would not
  });
});

describe('Sparkline price kinds (SPEC §8)', () => {
  it('draws sale prices as the line and activity prices as dots, with a legend and aria text', () => {
    const root = mount(
      <Sparkline
        points={[
          { at: day(1), fen: 300, kind: 'sale' },
          { at: day(2), fen: 200, kind: 'activity' },
          { at: day(3), fen: 250, kind: 'sale' },
          { at: day(4), fen: 210, kind: 'activity' },
        ]}
        lowFen={250}
        ceiling={lowCeiling(250, defaultPack)}
        lang="en"
        width={100}
        height={40}
      />,
    );
    expect(polylinePoints(root)).toHaveLength(2);
    expect(root.querySelectorAll('.ks-spark-activity')).toHaveLength(2);
    expect(root.querySelector('.ks-spark-key-sale')?.textContent).toBe('ordinary price');
    expect(root.querySelector('.ks-spark-key-activity')?.textContent).toBe('activity price');
    const label = root.querySelector('svg')!.getAttribute('aria-label')!;
    expect(label).toContain('ordinary price 2');
    expect(label).toContain('activity price 2');
  });

  it('shows no kind legend when every price is ordinary', () => {
    const root = mount(
      <Sparkline
        points={[{ at: day(1), fen: 300, kind: 'sale' }]}
        lowFen={300}
        ceiling={lowCeiling(300, defaultPack)}
        lang="zh"
      />,
    );
    expect(root.querySelector('.ks-spark-key-activity')).toBeNull();
  });
});
