/**
 * How a deposit item presents itself (SPEC §6): D-LABEL-TEXT and D-MARK (seed 004 §1, §5),
 * D-STYLE (seed 004 §8: orange-red, font ≥ 150 % of the body's) and D-SHIPTIME (seed 004 §6,
 * advisory).
 */
import { parseColour, toHsl } from '../colour';
import { compareScaled } from '../decimal';
import { formatFen, parseYuanToFen } from '../money';
import type { Check } from '../report';
import type { Deposit } from '../request';
import type { RulePack } from '../pack';
import { bpText, makeCheck, message, verdict } from './check';

const labelPatterns = new Map<string, RegExp>();

/**
 * "意向金可抵XX元": XX is a price (`200`, `200.00`, `¥200`); the trailing 元 may be left out only
 * when XX carries ¥. One pattern per phrase, built once.
 */
function labelPattern(phrase: string): RegExp {
  let pattern = labelPatterns.get(phrase);
  if (!pattern) {
    const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const amount = '[0-9０-９][0-9０-９,，.．]*';
    pattern = new RegExp(`${escaped}\\s*([¥￥]\\s*${amount}(?:\\s*元)?|${amount}\\s*元)`);
    labelPatterns.set(phrase, pattern);
  }
  return pattern;
}

/** The deduction a label states, in fen; null when the phrase is absent or XX is unreadable. */
export function readLabelDeduction(text: string, phrase: string): number | null {
  const match = labelPattern(phrase).exec(text);
  return match?.[1] ? parseYuanToFen(match[1]) : null;
}

export function checkLabelText(deposit: Deposit, pack: RulePack): Check {
  const text = deposit.labelText ?? null;
  const expected = deposit.deductionFen ?? null;
  const phrase = pack.deposit.labelPhrase;
  const stated = text === null ? null : readLabelDeduction(text, phrase);
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
        `标注可抵 ${formatFen(stated)}，但设置的抵扣金额未知`,
        `Label says ${formatFen(stated)} off, but the configured deduction is unknown`,
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
      `标注可抵 ${formatFen(stated)}，${ok ? '与' : '不等于'}设置的抵扣金额 ${formatFen(expected)}${ok ? '一致' : ''}`,
      `Label says ${formatFen(stated)} off, ${ok ? 'matching' : 'not'} the configured deduction ${formatFen(expected)}`,
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
  const rgb = colourText === null ? null : parseColour(colourText);
  const hsl = rgb === null ? null : toHsl(rgb);
  const values = {
    labelColor: colourText,
    hueDeg: hsl === null ? null : rounded(hsl.h),
    saturationPct: hsl === null ? null : rounded(hsl.s),
    lightnessPct: hsl === null ? null : rounded(hsl.l),
    labelFontPx: labelPx,
    bodyFontPx: bodyPx,
    minLabelFontOfBodyBp: minBp,
  };
  const rule = `橙红色系（色相 ${hueDeg.min}°–${hueDeg.max}°，饱和度 ≥ ${minSaturationPct}%，亮度 ${lightnessPct.min}%–${lightnessPct.max}%），字号 ≥ 正文的 ${bpText(minBp)}`;
  const ruleEn = `orange-red (hue ${hueDeg.min}°–${hueDeg.max}°, saturation ≥ ${minSaturationPct}%, lightness ${lightnessPct.min}%–${lightnessPct.max}%), font ≥ ${bpText(minBp)} of the body's`;
  if (hsl === null || labelPx === null || bodyPx === null) {
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
  const colourOk =
    hsl.h >= hueDeg.min &&
    hsl.h <= hueDeg.max &&
    hsl.s >= minSaturationPct &&
    hsl.l >= lightnessPct.min &&
    hsl.l <= lightnessPct.max;
  // Exact: 21 px on 14 px is 150 % and passes.
  const fontOk = compareScaled(labelPx, 10_000, bodyPx, minBp) >= 0;
  const ok = colourOk && fontOk;
  const colourZh = `${colourText}（色相 ${values.hueDeg}°，饱和度 ${values.saturationPct}%，亮度 ${values.lightnessPct}%）${colourOk ? '属' : '不属'}橙红色系`;
  const colourEn = `${colourText} (hue ${values.hueDeg}°, saturation ${values.saturationPct}%, lightness ${values.lightnessPct}%) is ${colourOk ? '' : 'not '}orange-red`;
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
