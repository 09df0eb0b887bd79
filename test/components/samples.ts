/**
 * Report pieces for the component tests, made by the core from real requests (issue 16): a
 * component test then renders exactly what a surface is sent, and a change in the core's words
 * or values shows up here rather than in hand-written copies of them.
 */
import { evaluate } from '@/core/evaluate';
import { planInstallment } from '@/core/installment';
import type { PriceHistory } from '@/core/messages';
import type { Check, Hint, InstallmentPlan, RuleId } from '@/core/report';

/**
 * SPEC's 2023-02-20: a ¥999 deposit product with a ¥300 deposit (30.03 %, outside 1 %–20 %) and a
 * presale of 1 200 on a capacity of 900; a merchant whose sessions reach ¥500 000 (FI-COSUB asks
 * for ¥1 000 000) and whose dispute rate is not known; no price history.
 */
const day = '2023-02-20';
const evaluated = evaluate({
  date: day,
  merchant: {
    experienceScore: 4.6,
    violations90d: 0,
    riskControlled: false,
    onTimeShipRate30d: 0.99,
    disputeRate30d: null,
    maxSessionGmvFen: 50_000_000,
    mainCategory: { kind: 'apparel', virtual: false },
  },
  product: {
    priceFen: 99_900,
    category: { kind: 'apparel', virtual: false },
    deposit: { amountFen: 30_000, presaleQty: 1200, capacity: 900 },
  },
});
if (!evaluated.ok) throw new Error(JSON.stringify(evaluated.issues));
const report = evaluated.report;

function checkOf(id: RuleId): Check {
  const check = report.checks.find((candidate) => candidate.id === id);
  if (!check) throw new Error(`the sample request yields no ${id}`);
  return check;
}

export const ratioFail = checkOf('D-RATIO');
export const capWarn = checkOf('D-CAP');
export const experiencePass = checkOf('M-EXP');
export const lowUnknown = checkOf('D-LOW90');
export const cosubFail = checkOf('FI-COSUB');

const review = report.hints.find((hint) => hint.id === 'review-time');
if (!review) throw new Error('the sample request yields no review-time hint');
export const reviewHint: Hint = review;

export const history: PriceHistory = {
  itemId: '20511234567',
  points: [
    { at: Date.UTC(2023, 0, 3), fen: 129900, kind: 'sale' },
    { at: Date.UTC(2023, 0, 1), fen: 119900, kind: 'sale' },
    { at: Date.UTC(2023, 0, 2), fen: 112000, kind: 'sale' },
  ],
  lowFen: 112000,
  highFen: 129900,
  count: 3,
  lookbackDays: 180,
};

/** SPEC §4's second worked example: ¥1 000, 6 periods, FI-COSUB, 4.5 %. */
export const cosubPlan: InstallmentPlan = planInstallment({
  priceFen: 100_000,
  periods: 6,
  payer: 'merchant',
  program: 'FI-COSUB',
  day,
});
