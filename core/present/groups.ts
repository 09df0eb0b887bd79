/**
 * Which checks a surface shows (DESIGN-REVIEW V14), decided here rather than by an id list in a
 * component: the popup's 意向金计算器 shows the checks of the figures it asks for.
 */
import type { RuleId } from '../report';

/** The deposit calculator's checks: the ratio, the suggested band and the hidden price rise. */
export const depositCalculatorChecks: ReadonlySet<string> = new Set<RuleId>([
  'D-RATIO',
  'D-SUGGEST',
  'D-HIKE',
]);
