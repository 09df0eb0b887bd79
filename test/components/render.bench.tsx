/** What a goods list page with many rows costs the components: mounting badges and a panel. */
import { render } from 'preact';
import { bench, describe } from 'vitest';
import { Badge } from '@/components/badge';
import { Panel } from '@/components/panel';
import {
  capWarn,
  cosubFail,
  cosubPlan,
  experiencePass,
  history,
  ratioFail,
  reviewHint,
} from './samples';

const checks = [ratioFail, capWarn, experiencePass, cosubFail];

describe('components', () => {
  bench('mount 100 badges', () => {
    const container = document.createElement('div');
    for (let i = 0; i < 100; i += 1) {
      const slot = document.createElement('span');
      container.append(slot);
      render(
        <Badge
          verdicts={checks}
          checks={null}
          lang="zh"
          dailyPlans={[{ periods: 3, dailyFen: 1137 }]}
        />,
        slot,
      );
    }
    render(null, container);
  });

  bench('mount a full panel', () => {
    const container = document.createElement('div');
    render(
      <Panel
        kind="goods-form"
        lang="zh"
        checks={checks}
        hints={[reviewHint]}
        installment={cosubPlan}
        history={history}
        collapsed={false}
        onCollapsedChange={() => {}}
      />,
      container,
    );
    render(null, container);
  });
});
