import { describe, expect, it } from 'vitest';
import { defaultPack as pack } from '@/core/pack';
import {
  checkExclusiveMark,
  checkLabelStyle,
  checkLabelText,
  checkShipTimeStated,
  readLabelDeduction,
} from '@/core/rules/deposit-label';

describe('D-LABEL-TEXT "意向金可抵XX元" equals the deduction', () => {
  it.each([
    ['意向金可抵200元', 20_000],
    ['意向金可抵200.00元', 20_000],
    ['意向金可抵¥200', 20_000],
    ['意向金可抵￥200元', 20_000],
    ['意向金可抵 ¥ 199.5', 19_950],
    ['限时：意向金可抵１，２００元！', 120_000],
    ['意向金可抵200', null],
    ['定金可抵200元', null],
    ['意向金可抵XX元', null],
  ] as const)('%s reads %s', (text, fen) => {
    expect(readLabelDeduction(text, '意向金可抵')).toBe(fen);
  });
  it.each([
    ['意向金可抵200元', 20_000, 'pass'],
    ['意向金可抵200元', 20_001, 'fail'],
    ['意向金可抵199.99元', 20_000, 'fail'],
    ['付10抵200', 20_000, 'fail'],
    ['意向金可抵200元', null, 'unknown'],
    [null, 20_000, 'unknown'],
  ] as const)('%s with deduction %s → %s', (labelText, deductionFen, status) => {
    const check = checkLabelText({ labelText, deductionFen }, pack);
    expect(check.status).toBe(status);
  });
});

describe('D-MARK exclusive mark, D-SHIPTIME latest ship time (warn)', () => {
  it.each([
    [true, 'pass', 'pass'],
    [false, 'fail', 'warn'],
    [null, 'unknown', 'unknown'],
  ] as const)('%s → mark %s, ship time %s', (flag, mark, shipTime) => {
    expect(checkExclusiveMark({ hasMark: flag }, pack).status).toBe(mark);
    expect(checkShipTimeStated({ shipTimeStated: flag }, pack).status).toBe(shipTime);
  });
});

describe('D-STYLE orange-red and font ≥ 150 % of the body', () => {
  const style = (
    labelColor: string | null,
    labelFontPx: number | null,
    bodyFontPx: number | null,
  ) => checkLabelStyle({ labelColor, labelFontPx, bodyFontPx }, pack);
  it.each([
    ['#FF4500', 'pass'], // hue 16.2°
    ['#ff0000', 'pass'], // hue 0°
    ['hsl(30 100% 50%)', 'pass'],
    ['hsl(30.5 100% 50%)', 'pass'], // within the ±0.5° of SPEC §6
    ['hsl(30.6 100% 50%)', 'fail'],
    ['rgb(255, 128, 0)', 'pass'], // hsl(30 100% 50%) as Chromium reports it: hue 30.12°
    ['rgb(255, 132, 0)', 'fail'], // hsl(31 100% 50%) rendered: hue 31.06°
    ['hsl(16 60% 50%)', 'pass'],
    ['hsl(16 59% 50%)', 'fail'],
    ['hsl(16 100% 35%)', 'pass'],
    ['hsl(16 100% 34%)', 'fail'],
    ['hsl(16 100% 65%)', 'pass'],
    ['hsl(16 100% 66%)', 'fail'],
    ['rgb(0, 120, 255)', 'fail'],
    ['orangered', 'pass'],
  ] as const)('%s → %s', (colour, status) => {
    expect(style(colour, 21, 14).status).toBe(status);
  });
  it.each([
    [20.99, 14, 'fail'],
    [21, 14, 'pass'],
    [19.95, 13.3, 'pass'],
    [19.94, 13.3, 'fail'],
  ] as const)('font %spx on %spx → %s', (label, body, status) => {
    expect(style('#FF4500', label, body).status).toBe(status);
  });
  it('names colour, HSL and font sizes', () => {
    const check = style('#FF4500', 21, 14);
    expect(check.values).toMatchObject({ hueDeg: 16.2, saturationPct: 100, lightnessPct: 50 });
    expect(check.message.zh).toContain('字号 21px ≥ 正文 14px 的 150%');
  });
  it.each([
    [null, 21, 14],
    ['#FF4500', null, 14],
    ['#FF4500', 21, null],
    ['not-a-colour', 21, 14],
  ] as const)('is unknown with %s / %s / %s', (colour, label, body) => {
    expect(style(colour, label, body).status).toBe('unknown');
  });
});
