/**
 * evaluate() must manage ≥ 100 000 full evaluations a second on the 2-core target machine.
 * `varied` rotates through 64 requests with different days, prices, colours and labels, so the
 * figure does not rest on memoised answers for one request.
 */
import { bench, describe } from 'vitest';
import specExample from '@/examples/spec-example.json';
import { evaluate } from '@/core/evaluate';
import { planInstallment } from '@/core/installment';
import { parseRequest } from '@/core/request';

const days = [
  '2023-02-14',
  '2023-02-15',
  '2023-02-20',
  '2023-03-09',
  '2023-03-15',
  '2023-03-31',
  '2023-04-01',
  '2023-06-18',
];
const colours = [
  '#FF4500',
  '#ff6a00',
  'rgb(230, 60, 20)',
  'hsl(16 100% 50%)',
  '#0078ff',
  'orangered',
  '#e33',
  'red',
];
const varied = Array.from({ length: 64 }, (_, index) => {
  const request = structuredClone(specExample);
  request.date = days[index % days.length] as string;
  request.product.activityPriceFen = 90_000 + index * 137;
  request.product.deposit.amountFen = 5_000 + index * 211;
  request.product.deposit.labelColor = colours[index % colours.length] as string;
  request.product.deposit.labelText = `意向金可抵${200 + (index % 5)}元`;
  request.merchant.experienceScore = 4.2 + (index % 4) / 10;
  return request;
});
const invalid = { ...specExample, product: { ...specExample.product, priceFen: 99.5 } };

describe('evaluate', () => {
  bench('SPEC §9 example (full evaluation)', () => {
    evaluate(specExample);
  });
  let next = 0;
  bench('64 varied requests, round robin', () => {
    evaluate(varied[next++ & 63]);
  });
  bench('invalid request (zod issues path)', () => {
    evaluate(invalid);
  });
  bench('zod parseRequest alone, for comparison', () => {
    parseRequest(specExample);
  });
  bench('planInstallment alone', () => {
    planInstallment({
      priceFen: 100_000,
      periods: 6,
      payer: 'merchant',
      program: 'FI-COSUB',
      day: '2023-02-21',
    });
  });
});
