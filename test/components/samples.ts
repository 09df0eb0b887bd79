/** Report pieces shaped like the core's, shared by the component tests. */
import type { Check, Hint, InstallmentPlan } from '@/core/report';
import type { PriceHistory } from '@/core/messages';

export const ratioFail: Check = {
  id: 'D-RATIO',
  status: 'fail',
  values: {
    amountFen: 30000,
    totalPriceFen: 99900,
    ratioBp: 3003,
    minRatioBp: 100,
    maxRatioBp: 2000,
  },
  message: { zh: '意向金比例 30.03% 超出 1%～20%', en: 'Deposit ratio 30.03% is outside 1%–20%' },
  source: 'seed 004 §2',
};

export const capWarn: Check = {
  id: 'D-CAP',
  status: 'warn',
  values: { presaleQty: 1200, capacity: 900, maxPresaleOfCapacityBp: 12000 },
  message: {
    zh: '预售量 1200 超过 产能 900 的 120%',
    en: 'Presale quantity 1200 is above 120% of capacity 900',
  },
  source: 'seed 004 §6',
};

export const experiencePass: Check = {
  id: 'M-EXP',
  status: 'pass',
  values: { experienceScore: 4.6, minExperienceScore: 4.3 },
  message: { zh: '购物体验分 4.6 ≥ 4.3', en: 'Experience score 4.6 ≥ 4.3' },
  source: 'seed 000 §3',
};

export const lowUnknown: Check = {
  id: 'D-LOW90',
  status: 'unknown',
  values: { activityPriceFen: 99900, historicalLowFen: null, maxOfHistoricalLowBp: 9000 },
  message: { zh: '历史最低价未知', en: 'Historical low unknown' },
  source: 'seed 004 §1',
};

export const cosubFail: Check = {
  id: 'FI-COSUB',
  status: 'fail',
  values: { date: '2023-02-20', phase: 'active' },
  message: { zh: '商户贴息专属补贴：不满足条件', en: 'Co-subsidy: terms not met' },
  source: 'seed 000 §3.3',
  phase: 'active',
  terms: [
    {
      id: 'M-EXP',
      status: 'pass',
      values: { experienceScore: 4.6, minExperienceScore: 4.3 },
      message: { zh: '购物体验分 4.6 ≥ 4.3', en: 'Experience score 4.6 ≥ 4.3' },
    },
    {
      id: 'session-gmv',
      status: 'fail',
      values: { maxSessionGmvFen: 50000000, minSessionGmvFen: 100000000 },
      message: {
        zh: '单场GMV ¥500,000.00 低于 ¥1,000,000.00',
        en: 'Session GMV ¥500,000.00 is below ¥1,000,000.00',
      },
    },
    {
      id: 'M-DISP',
      status: 'unknown',
      values: { disputeRate30d: null, maxDisputeRatePpm: 36 },
      message: { zh: '商责纠纷率未知', en: 'Dispute rate unknown' },
    },
  ],
};

export const reviewHint: Hint = {
  id: 'review-time',
  message: { zh: '审核需3–7个工作日', en: 'Review takes 3–7 working days' },
};

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
export const cosubPlan: InstallmentPlan = {
  priceFen: 100000,
  periods: 6,
  payer: 'merchant',
  program: 'FI-COSUB',
  requestedProgram: 'FI-COSUB',
  programNote: null,
  rateBp: 450,
  feeFen: 4500,
  consumerFeeFen: 0,
  platformFeeFen: 900,
  merchantFeeFen: 3600,
  consumerTotalFen: 100000,
  principalFen: [16670, 16666, 16666, 16666, 16666, 16666],
  feePartsFen: [0, 0, 0, 0, 0, 0],
  instalmentsFen: [16670, 16666, 16666, 16666, 16666, 16666],
  dailyFen: 556,
  subsidyRemainingFen: 10000000,
  subsidyRemainingAfterFen: 9999100,
  merchantFeeWhenExhaustedFen: 4500,
};
