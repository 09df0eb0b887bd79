import { afterEach, describe, expect, it, vi } from 'vitest';
import { MetricsOffer } from '@/components/metrics-offer';
import { fire, mount, unmountAll } from './render';

afterEach(unmountAll);

const noop = () => {};

describe('MetricsOffer', () => {
  it('names each metric read with its value as the merchant knows it', () => {
    const root = mount(
      <MetricsOffer
        metrics={{
          experienceScore: 4.6,
          onTimeShipRate30d: 0.96,
          disputeRate30d: 0.00003,
          monthlyGmvFen: 12000000,
          walletOpened: true,
        }}
        lang="zh"
        onAccept={noop}
        onDismiss={noop}
      />,
    );
    const pairs = [...root.querySelectorAll('.ks-offer-value')].map((value) => value.textContent);
    expect(pairs).toEqual(['4.6', '96%', '0.3‱', '¥120,000.00', '是']);
    expect(root.querySelector('p')!.textContent).toContain('商责纠纷率 0.3‱');
  });

  it('calls onAccept and onDismiss from its buttons, in English too', () => {
    const onAccept = vi.fn();
    const onDismiss = vi.fn();
    const root = mount(
      <MetricsOffer metrics={{ dsr: 4.8 }} lang="en" onAccept={onAccept} onDismiss={onDismiss} />,
    );
    expect(root.querySelector('p')!.textContent).toBe(
      'Read on this page: DSR 4.8. Save to the merchant profile?',
    );
    const buttons = [...root.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['Save', 'Ignore']);
    fire(buttons[1]!, new MouseEvent('click', { bubbles: true }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(onAccept).not.toHaveBeenCalled();
  });

  it('renders nothing when nothing was read', () => {
    const root = mount(<MetricsOffer metrics={{}} lang="zh" onAccept={noop} onDismiss={noop} />);
    expect(root.childNodes).toHaveLength(0);
  });
});
