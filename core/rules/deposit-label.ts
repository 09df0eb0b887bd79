/**
 * How a deposit item presents itself (SPEC §6): D-LABEL-TEXT and D-MARK (seed 004 §1, §5),
 * D-STYLE (seed 004 §8: orange-red, font ≥ 150 % of the body's) and D-SHIPTIME (seed 004 §6,
 * advisory).
 */
import { inHslRange, parseColour, toHsl, type HslRange } from '../colour';
import { parseYuanToFen } from '../money';
import type { Check } from '../report';
import type { Deposit } from '../request';
import type { RulePack } from '../pack';
import {
  boundedMemo,
  bpText,
  compareScaledNumbers,
  fenText,
  makeCheck,
  message,
  perObjectMemo,
  verdict,
} from './check';

/**
 * "意向金可抵XX元": XX is a price (`200`, `200.00`, `¥200`); the trailing 元 may be left out only
 * when XX carries ¥. One pattern per phrase, built once.
 */
const labelPattern = boundedMemo((phrase: string): RegExp => {
  const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const amount = '[0-9０-９][0-9０-９,，.．]*';
  return new RegExp(`${escaped}\\s*([¥￥]\\s*${amount}(?:\\s*元)?|${amount}\\s*元)`);
});

/** The deduction a label states, in fen; null when the phrase is absent or XX is unreadable. */
export function readLabelDeduction(text: string, phrase: string): number | null {
  const match = labelPattern(phrase).exec(text);
  return match?.[1] ? parseYuanToFen(match[1]) : null;
}

/** Label texts repeat across calls (one item, many evaluations): read each once per phrase. */
const labelDeduction = perObjectMemo((pack: RulePack, text: string) =>
  readLabelDeduction(text, pack.deposit.labelPhrase),
);

/** The pack's orange-red family in colour.ts's terms, once per pack. */
const orangeRed = perObjectMemo((pack: RulePack, _: null): HslRange => {
  const { hueDeg, minSaturationPct, lightnessPct } = pack.deposit.labelColour;
  return {
    hueDeg: [hueDeg.min, hueDeg.max],
    satPct: [minSaturationPct, 100],
    lightPct: [lightnessPct.min, lightnessPct.max],
  };
});

/** A label colour read once: its HSL for the message, and whether it is orange-red. */
const readLabelColour = perObjectMemo((pack: RulePack, css: string) => {
  const rgba = parseColour(css);
  if (!rgba) return null;
  const exact = toHsl(rgba);
  const hsl = { h: rounded(exact.h), s: rounded(exact.s), l: rounded(exact.l) };
  const ok = inHslRange(rgba, orangeRed(pack, null)) === true;
  return {
    hsl,
    orangeRed: ok,
    zh: `${css}（色相 ${hsl.h}°，饱和度 ${hsl.s}%，亮度 ${hsl.l}%）${ok ? '属' : '不属'}橙红色系`,
    en: `${css} (hue ${hsl.h}°, saturation ${hsl.s}%, lightness ${hsl.l}%) is ${ok ? '' : 'not '}orange-red`,
  };
});

export function checkLabelText(deposit: Deposit, pack: RulePack): Check {
  const text = deposit.labelText ?? null;
  const expected = deposit.deductionFen ?? null;
  const phrase = pack.deposit.labelPhrase;
  const stated = text === null ? null : labelDeduction(pack, text);
  const values = { labelText: text, statedDeductionFen: stated, deductionFen: expected };
  if (text === null) {
    return makeCheck(
      pack,
      'D-LABEL-TEXT',
      'unknown',
      values,
      message(
        `未读到主图标注（需含"${phrase}XX元"）`,
        `No label text read (must say "${phrase}XX元")`,
      ),
    );
  }
  if (stated === null) {
    return makeCheck(
      pack,
      'D-LABEL-TEXT',
      'fail',
      values,
      message(
        `主图标注"${text}"未写明"${phrase}XX元"`,
        `Label "${text}" does not state "${phrase}XX元"`,
      ),
    );
  }
  if (expected === null) {
    return makeCheck(
      pack,
      'D-LABEL-TEXT',
      'unknown',
      values,
      message(
        `标注可抵 ${fenText(stated)}，但设置的抵扣金额未知`,
        `Label says ${fenText(stated)} off, but the configured deduction is unknown`,
      ),
    );
  }
  const ok = stated === expected;
  return makeCheck(
    pack,
    'D-LABEL-TEXT',
    verdict(ok),
    values,
    message(
      `标注可抵 ${fenText(stated)}，${ok ? '与' : '不等于'}设置的抵扣金额 ${fenText(expected)}${ok ? '一致' : ''}`,
      `Label says ${fenText(stated)} off, ${ok ? 'matching' : 'not'} the configured deduction ${fenText(expected)}`,
    ),
  );
}

export function checkExclusiveMark(deposit: Deposit, pack: RulePack): Check {
  const hasMark = deposit.hasMark ?? null;
  const values = { hasMark };
  if (hasMark === null) {
    return makeCheck(
      pack,
      'D-MARK',
      'unknown',
      values,
      message(
        '无法判断详情页是否有意向金专属标识',
        'Cannot tell whether the detail page carries the deposit mark',
      ),
    );
  }
  return makeCheck(
    pack,
    'D-MARK',
    verdict(hasMark),
    values,
    message(
      hasMark ? '详情页有意向金专属标识' : '详情页缺少意向金专属标识',
      hasMark
        ? 'The detail page carries the deposit mark'
        : 'The detail page lacks the deposit mark',
    ),
  );
}

export function checkShipTimeStated(deposit: Deposit, pack: RulePack): Check {
  const stated = deposit.shipTimeStated ?? null;
  const values = { shipTimeStated: stated };
  if (stated === null) {
    return makeCheck(
      pack,
      'D-SHIPTIME',
      'unknown',
      values,
      message(
        '无法判断详情页是否标注最晚发货时效',
        'Cannot tell whether the detail page states the latest ship time',
      ),
    );
  }
  return makeCheck(
    pack,
    'D-SHIPTIME',
    verdict(stated, 'warn'),
    values,
    message(
      stated ? '详情页已标注最晚发货时效' : '建议在详情页明确标注最晚发货时效',
      stated
        ? 'The detail page states the latest ship time'
        : 'State the latest ship time on the detail page',
    ),
  );
}

/** Tenths, for messages: 16.235… → 16.2. */
function rounded(value: number): number {
  return Math.round(value * 10) / 10;
}

/** D-STYLE: orange-red (HSL range of the pack) and label font ≥ 150 % of the body font. */
export function checkLabelStyle(deposit: Deposit, pack: RulePack): Check {
  const colourText = deposit.labelColor ?? null;
  const labelPx = deposit.labelFontPx ?? null;
  const bodyPx = deposit.bodyFontPx ?? null;
  const { hueDeg, minSaturationPct, lightnessPct } = pack.deposit.labelColour;
  const minBp = pack.deposit.minLabelFontOfBodyBp;
  const colour = colourText === null ? null : readLabelColour(pack, colourText);
  const hsl = colour?.hsl ?? null;
  const values = {
    labelColor: colourText,
    hueDeg: hsl === null ? null : hsl.h,
    saturationPct: hsl === null ? null : hsl.s,
    lightnessPct: hsl === null ? null : hsl.l,
    labelFontPx: labelPx,
    bodyFontPx: bodyPx,
    minLabelFontOfBodyBp: minBp,
  };
  if (hsl === null || labelPx === null || bodyPx === null) {
    const rule = `橙红色系（色相 ${hueDeg.min}°–${hueDeg.max}°，饱和度 ≥ ${minSaturationPct}%，亮度 ${lightnessPct.min}%–${lightnessPct.max}%），字号 ≥ 正文的 ${bpText(minBp)}`;
    const ruleEn = `orange-red (hue ${hueDeg.min}°–${hueDeg.max}°, saturation ≥ ${minSaturationPct}%, lightness ${lightnessPct.min}%–${lightnessPct.max}%), font ≥ ${bpText(minBp)} of the body's`;
    const what =
      hsl === null ? (colourText === null ? '标签颜色' : `颜色"${colourText}"无法识别`) : '字号';
    const whatEn =
      hsl === null
        ? colourText === null
          ? 'Label colour'
          : `Colour "${colourText}" unreadable`
        : 'Font size';
    return makeCheck(
      pack,
      'D-STYLE',
      'unknown',
      values,
      message(`${what}未知（需${rule}）`, `${whatEn} unknown (needs ${ruleEn})`),
    );
  }
  const colourOk = colour?.orangeRed === true;
  // Exact: 21 px on 14 px is 150 % and passes.
  const fontOk = compareScaledNumbers(labelPx, 10_000, bodyPx, minBp) >= 0;
  const ok = colourOk && fontOk;
  const colourZh = colour?.zh ?? '';
  const colourEn = colour?.en ?? '';
  const fontZh = `字号 ${labelPx}px ${fontOk ? '≥' : '小于'} 正文 ${bodyPx}px 的 ${bpText(minBp)}`;
  const fontEn = `font ${labelPx}px is ${fontOk ? 'at least' : 'below'} ${bpText(minBp)} of the body's ${bodyPx}px`;
  return makeCheck(
    pack,
    'D-STYLE',
    verdict(ok),
    values,
    message(`${colourZh}；${fontZh}`, `${colourEn}; ${fontEn}`),
  );
}
