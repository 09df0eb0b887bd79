import { afterEach, describe, expect, it } from 'vitest';
import { CheckCard } from '@/components/check-card';
import { capWarn, history, ratioFail, reviewHint } from './samples';
import { mount, unmountAll } from './render';

afterEach(unmountAll);

describe('CheckCard', () => {
  it('holds the summary, every check, the hints and the price history', () => {
    const root = mount(
      <CheckCard
        checks={[capWarn, ratioFail]}
        lang="en"
        hints={[reviewHint]}
        history={history}
        id="c1"
      />,
    );
    const card = root.querySelector('#c1')!;
    expect(card.getAttribute('aria-label')).toBe('Checks');
    expect([...card.querySelectorAll('.ks-summary .ks-chip')].map((c) => c.textContent)).toEqual([
      '✕ fail 1',
      '! warn 1',
    ]);
    expect([...card.querySelectorAll('.ks-check .ks-id')].map((c) => c.textContent)).toEqual([
      'D-RATIO',
      'D-CAP',
    ]);
    expect(card.querySelector('.ks-hints')!.textContent).toBe(reviewHint.message.en);
    expect(card.querySelector('figcaption')!.textContent).toBe(
      'Historical low ¥1,120.00, low of 3 observations (last 180 days)',
    );
    expect(card.querySelector('polyline')!.getAttribute('points')!.split(' ')).toHaveLength(3);
  });

  it('leaves out hints and history it was not given', () => {
    const root = mount(<CheckCard checks={[ratioFail]} lang="zh" history={null} />);
    expect(root.querySelector('.ks-hints')).toBeNull();
    expect(root.querySelector('.ks-history')).toBeNull();
  });
});
