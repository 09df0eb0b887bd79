import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel } from '@/components/panel';
import type { Check } from '@/core/report';
import {
  capWarn,
  cosubFail,
  cosubPlan,
  experiencePass,
  history,
  lowUnknown,
  ratioFail,
  reviewHint,
} from './samples';
import { fire, mount, unmountAll } from './render';

afterEach(unmountAll);

const base = {
  kind: 'goods-form' as const,
  checks: [experiencePass, ratioFail],
  hints: [reviewHint],
  onCollapsedChange: () => {},
};

describe('Panel', () => {
  it('is titled by page kind and shows summary chips, checks and hints', () => {
    const root = mount(<Panel {...base} lang="zh" collapsed={false} />);
    expect(root.querySelector('.ks-panel-title')!.textContent).toBe('商品编辑 · 权益与意向金检查');
    const chips = [...root.querySelectorAll('.ks-summary .ks-chip')].map((c) => c.textContent);
    expect(chips).toEqual(['✕ 不通过 1', '✓ 通过 1']);
    expect(root.querySelectorAll('.ks-checks > .ks-check')).toHaveLength(2);
    expect(root.querySelector('.ks-hints')!.textContent).toBe(reviewHint.message.zh);
    expect(root.querySelector('.ks-plan')).toBeNull();
    expect(root.querySelector('.ks-history')).toBeNull();
  });

  it('collapses to a tab through onCollapsedChange, and expands again from the tab', () => {
    const onCollapsedChange = vi.fn();
    const root = mount(
      <Panel {...base} lang="zh" collapsed={false} onCollapsedChange={onCollapsedChange} />,
    );
    const collapse = root.querySelector<HTMLButtonElement>('.ks-panel-head button')!;
    expect(collapse.getAttribute('aria-expanded')).toBe('true');
    fire(collapse, new MouseEvent('click', { bubbles: true }));
    expect(onCollapsedChange).toHaveBeenCalledWith(true);

    const collapsed = mount(
      <Panel {...base} lang="zh" collapsed={true} onCollapsedChange={onCollapsedChange} />,
    );
    expect(collapsed.querySelector('.ks-panel')).toBeNull();
    const tab = collapsed.querySelector<HTMLButtonElement>('button.ks-tab')!;
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(tab.querySelector('.ks-tab-status')!.className).toContain('ks-fail');
    // The folded tab still tells the verdict: the worst colour and the counts needing a look.
    expect(tab.className).toContain('ks-tab-fail');
    expect([...tab.querySelectorAll('.ks-tab-status')].map((el) => el.textContent)).toEqual(['✕1']);
    expect(tab.getAttribute('aria-label')).toBe('展开: 商品编辑 · 权益与意向金检查 — 不通过 1');
    expect(tab.textContent).toContain('商品编辑');
    fire(tab, new MouseEvent('click', { bubbles: true }));
    expect(onCollapsedChange).toHaveBeenLastCalledWith(false);
  });

  it('shows the installment plan, the history, a note, children and a custom title', () => {
    const root = mount(
      <Panel
        {...base}
        kind="live-console"
        lang="zh"
        title={{ zh: '直播助手 · 讲解商品', en: 'Live console · explained item' }}
        checks={[cosubFail]}
        installment={cosubPlan}
        history={history}
        note={{ zh: '当前无讲解中商品', en: 'No item is being explained' }}
        collapsed={false}
      >
        <p class="extra">child content</p>
      </Panel>,
    );
    expect(root.querySelector('.ks-panel-title')!.textContent).toBe('直播助手 · 讲解商品');
    expect(root.querySelector('.ks-note')!.textContent).toBe('当前无讲解中商品');
    expect(root.querySelector('.ks-plan')!.textContent).toContain('每日仅需 ¥5.56');
    expect(root.querySelector('.ks-history figcaption')!.textContent).toBe(
      '基于 3 次记录的历史最低价 ¥1,120.00（近 180 天）',
    );
    expect(root.querySelector('.extra')!.textContent).toBe('child content');
    expect(root.querySelector('.ks-term .ks-rule')!.textContent).toBe('近30天商责纠纷率');
  });

  it('offers the metrics read off the page and reports the choice', () => {
    const onAccept = vi.fn();
    const onDismiss = vi.fn();
    const root = mount(
      <Panel
        {...base}
        lang="zh"
        collapsed={false}
        offer={{ metrics: { experienceScore: 4.6, onTimeShipRate30d: 0.96 }, onAccept, onDismiss }}
      />,
    );
    const offer = root.querySelector('.ks-offer')!;
    expect(offer.textContent).toBe(
      '在页面上读到 购物体验分 4.6、及时发货率 96%，存入商家资料？存入忽略',
    );
    const [accept, dismiss] = [...offer.querySelectorAll('button')];
    fire(accept!, new MouseEvent('click', { bubbles: true }));
    expect(onAccept).toHaveBeenCalledTimes(1);
    fire(dismiss!, new MouseEvent('click', { bubbles: true }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });

  it('counts fails and warns on the tab, else the unknowns, else a bare ✓', () => {
    const tabOf = (checks: Check[]) =>
      [
        ...mount(<Panel {...base} checks={checks} lang="zh" collapsed />).querySelectorAll(
          '.ks-tab-status',
        ),
      ].map((el) => el.textContent);
    expect(tabOf([ratioFail, { ...ratioFail, id: 'D-HIKE' }, capWarn, lowUnknown])).toEqual([
      '✕2',
      '!1',
    ]);
    expect(tabOf([experiencePass, lowUnknown])).toEqual(['?1']);
    expect(tabOf([experiencePass])).toEqual(['✓']);
  });

  it('names the tab by a short custom title, else by the page kind', () => {
    const tabText = (zh: string) =>
      mount(<Panel {...base} lang="zh" collapsed title={{ zh, en: zh }} />).querySelector(
        '.ks-tab-text',
      )!.textContent;
    expect(tabText('店铺经营指标 · 资格检查')).toBe('店铺经营指标');
    expect(tabText('讲解中：羊毛混纺大衣 女 中长款')).toBe('商品编辑');
  });

  it('marks a waiting metrics offer on the tab', () => {
    const offer = { metrics: { experienceScore: 4.6 }, onAccept() {}, onDismiss() {} };
    const tab = mount(<Panel {...base} lang="zh" collapsed offer={offer} />).querySelector(
      'button.ks-tab',
    )!;
    expect(tab.querySelector('.ks-tab-offer')!.textContent).toBe('新');
    expect(tab.getAttribute('aria-label')).toBe(
      '展开: 商品编辑 · 权益与意向金检查 — 不通过 1，存入商家资料？',
    );
  });

  it('on the goods form puts the item checks and the plan first, each program on one line', () => {
    const root = mount(
      <Panel
        {...base}
        lang="zh"
        checks={[cosubFail, lowUnknown, ratioFail]}
        installment={cosubPlan}
        collapsed={false}
      />,
    );
    const body = root.querySelector('.ks-panel-body')!;
    const order = [...body.querySelectorAll('.ks-check-list, .ks-plan')].map((el) =>
      el.classList.contains('ks-plan') ? 'plan' : el.querySelector('.ks-check')!.className,
    );
    expect(order).toHaveLength(3);
    expect(order[0]).toContain('ks-check-fail');
    expect(order[0]).not.toContain('ks-folded');
    expect(order.slice(1)).toEqual(['plan', 'ks-check ks-check-fail ks-folded']);
    // The unknown item check folds too, after the failing program.
    expect(
      [...body.querySelectorAll('.ks-folded-line .ks-rule')].map((el) => el.textContent),
    ).toEqual(['商户贴息专属补贴', '活动价不高于历史最低价90%']);
    const program = body.querySelector<HTMLElement>('.ks-folded')!;
    expect(program.querySelector('details')!.open).toBe(false);
    expect(program.querySelector('summary')!.textContent).toBe('✕不通过商户贴息专属补贴单场GMV');
  });

  it('keeps the programs open on the signup page, which is about them', () => {
    const root = mount(
      <Panel {...base} kind="signup" lang="zh" checks={[cosubFail]} collapsed={false} />,
    );
    expect(root.querySelector('.ks-folded')).toBeNull();
    expect(root.querySelector('.ks-check .ks-term')).not.toBeNull();
  });

  it('ends above the page’s fixed bottom bar', () => {
    const root = mount(<Panel {...base} lang="zh" collapsed={false} bottomInset={60} />);
    expect(root.querySelector<HTMLElement>('.ks-panel')!.style.maxHeight).toBe(
      'calc(100vh - 144px)',
    );
  });

  it('speaks English and switches to the dark palette', () => {
    const root = mount(<Panel {...base} kind="live-room" lang="en" collapsed={false} dark />);
    expect(root.querySelector('.ks-panel-title')!.textContent).toBe(
      'Live room · payment & deposit checks',
    );
    expect(root.querySelector('.ks-panel-root')!.classList.contains('ks-dark')).toBe(true);
    expect(root.querySelector('.ks-panel-head button')!.getAttribute('aria-label')).toBe(
      'Collapse',
    );
    expect(root.querySelector('.ks-summary')!.textContent).toContain('fail 1');
  });

  it('renders a hostile title and note as text', () => {
    const evil = '<img src=x onerror="alert(1)">';
    const root = mount(
      <Panel
        {...base}
        lang="zh"
        collapsed={false}
        title={{ zh: evil, en: evil }}
        note={{ zh: evil, en: evil }}
      />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.ks-panel-title')!.textContent).toBe(evil);
    expect(root.querySelector('.ks-note')!.textContent).toBe(evil);
  });
});
