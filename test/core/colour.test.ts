import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inHslRange, parseColour, toHsl, type HslRange, type Rgba } from '@/core/colour';

const ORANGE_RED: HslRange = { hueDeg: [0, 30], satPct: [60, 100], lightPct: [35, 65] };
const orangeRed = { r: 255, g: 69, b: 0, a: 1 };

describe('parseColour', () => {
  it.each([
    ['#FF4500', orangeRed],
    ['#ff4500', orangeRed],
    ['  #FF4500  ', orangeRed],
    ['#f40', { r: 255, g: 68, b: 0, a: 1 }],
    ['#f408', { r: 255, g: 68, b: 0, a: 0x88 / 255 }],
    ['#FF450080', { r: 255, g: 69, b: 0, a: 128 / 255 }],
    ['rgb(255, 69, 0)', orangeRed],
    ['RGB(255,69,0)', orangeRed],
    ['rgba(255, 69, 0, 0.5)', { ...orangeRed, a: 0.5 }],
    ['rgb(255 69 0)', orangeRed],
    ['rgb(255 69 0 / 50%)', { ...orangeRed, a: 0.5 }],
    ['rgba(255 69 0 / .25)', { ...orangeRed, a: 0.25 }],
    ['rgb(100%, 0%, 0%)', { r: 255, g: 0, b: 0, a: 1 }],
    ['rgb(300, -5, 0)', { r: 255, g: 0, b: 0, a: 1 }],
    ['orangered', orangeRed],
    ['OrangeRed', orangeRed],
    ['tomato', { r: 255, g: 99, b: 71, a: 1 }],
    ['red', { r: 255, g: 0, b: 0, a: 1 }],
    ['orange', { r: 255, g: 165, b: 0, a: 1 }],
    ['coral', { r: 255, g: 127, b: 80, a: 1 }],
    ['darkorange', { r: 255, g: 140, b: 0, a: 1 }],
    ['crimson', { r: 220, g: 20, b: 60, a: 1 }],
    ['firebrick', { r: 178, g: 34, b: 34, a: 1 }],
    ['black', { r: 0, g: 0, b: 0, a: 1 }],
    ['white', { r: 255, g: 255, b: 255, a: 1 }],
    ['gray', { r: 128, g: 128, b: 128, a: 1 }],
    ['grey', { r: 128, g: 128, b: 128, a: 1 }],
    ['rebeccapurple', { r: 0x66, g: 0x33, b: 0x99, a: 1 }],
    ['transparent', { r: 0, g: 0, b: 0, a: 0 }],
    ['hsl(0, 100%, 50%)', { r: 255, g: 0, b: 0, a: 1 }],
    ['hsl(120deg 100% 25%)', { r: 0, g: 127.5, b: 0, a: 1 }],
    ['hsla(240, 100%, 50%, 0.3)', { r: 0, g: 0, b: 255, a: 0.3 }],
    ['hsl(0.5turn 100% 50% / 10%)', { r: 0, g: 255, b: 255, a: 0.1 }],
    ['hsl(-120 100% 50%)', { r: 0, g: 0, b: 255, a: 1 }],
    ['hsl(400grad 100% 50%)', { r: 255, g: 0, b: 0, a: 1 }],
  ])('%s', (css, rgba) => {
    const parsed = parseColour(css);
    expect(parsed).not.toBeNull();
    for (const key of ['r', 'g', 'b', 'a'] as const) {
      expect(parsed?.[key]).toBeCloseTo(rgba[key], 9);
    }
  });

  it.each([
    '',
    '#',
    '#ff4500a',
    '#ff450',
    '#gg4500',
    'rgb(255, 69)',
    'rgb(255, 69, 0, 1, 1)',
    'rgb(255 69 0 / 1 / 1)',
    'rgb(a, b, c)',
    'rgb(255px, 0, 0)',
    'hsl(10, 100%)',
    'hsl(10km 100% 50%)',
    'currentcolor',
    'inherit',
    'var(--brand)',
    'linear-gradient(red, blue)',
    'notacolour',
    `#${'f'.repeat(300)}`,
    // A plain-object lookup would find these; CSS has no such colour.
    'constructor',
    '__proto__',
    'toString',
    // The Kelvin sign lower-cases to k in JavaScript, never in CSS.
    'blac\u212A',
    'blac\u212A'.toUpperCase(),
    // What browsers drop: percentages mixed with numbers in rgb(), a % missing in legacy hsl().
    'rgb(10%, 20, 30%)',
    'hsl(10, 50%, 0)',
    'hsl(10, 50, 50)',
    // culori throws on this one; it must be null, not an exception.
    'hsl(10km 100% 50%)',
  ])('%j → null', (css) => {
    expect(parseColour(css)).toBeNull();
  });
});

describe('parseColour: what Chromium reports for colours written in CSS Color 4 syntax', () => {
  it.each([
    ['color(srgb 1 0.27 0)', [255, 68.85, 0]],
    ['color(srgb 100% 27% 0%)', [255, 68.85, 0]],
    ['color(srgb-linear 1 0.06 0)', [255, 69.28, 0]],
    ['hwb(16 0% 0%)', [255, 68, 0]],
    ['lab(57.6 67.8 69.1)', [250.15, 68.75, 3.91]],
    ['lch(57.6 96.8 45.5)', [250.21, 68.66, 4.22]],
    ['oklab(0.66 0.17 0.13)', [248.22, 80.11, 13.88]],
    ['oklch(0.65 0.22 35)', [247.6, 70.94, 19.04]],
    // Outside sRGB: mapped into it (CSS Color 4), not clipped channel by channel.
    ['oklch(0.7 0.4 40)', [255, 91.57, 0]],
    ['color(display-p3 1 0.3 0)', [255, 75.89, 0]],
    // `none` is 0.
    ['rgb(none 69 0)', [0, 69, 0]],
    // Clamped at parsed-value time (CSS Color 4): hsl() saturation and lightness to 0–100 %, a
    // negative hwb() whiteness or blackness to 0; culori alone reads hsl(0 -50% 40%) as teal.
    ['hsl(0 -50% 40%)', [102, 102, 102]],
    ['hsl(0, -50%, 40%)', [102, 102, 102]],
    ['hsl(20 -1% 50%)', [127.5, 127.5, 127.5]],
    ['hsl(none -20% 50%)', [127.5, 127.5, 127.5]],
    ['hsl(30 150% 40%)', [204, 102, 0]],
    ['hsl(30, 150%, 40%)', [204, 102, 0]],
    ['hsl(0 100% 120%)', [255, 255, 255]],
    ['hsl(0 100% -20%)', [0, 0, 0]],
    ['hwb(0 -10% 20%)', [204, 0, 0]],
    ['hwb(0 10% -20%)', [255, 25.5, 25.5]],
    ['hwb(30 -50% -50%)', [255, 127.5, 0]],
    ['hwb(0 120% 20%)', [218.57, 218.57, 218.57]],
  ])('%s → rgb %j', (css, [r, g, b]) => {
    const parsed = parseColour(css);
    expect(parsed).not.toBeNull();
    expect(parsed?.r).toBeCloseTo(r as number, 1);
    expect(parsed?.g).toBeCloseTo(g as number, 1);
    expect(parsed?.b).toBeCloseTo(b as number, 1);
  });

  it.each([
    ['color(srgb 1 0.27 0)', true],
    ['oklch(0.65 0.22 35)', true],
    ['lab(57.6 67.8 69.1)', true],
    ['oklch(0.6 0.15 250)', false],
    ['lab(60 -40 -40)', false],
  ])('%s is orange-red: %s', (css, family) => {
    expect(inHslRange(css, ORANGE_RED)).toBe(family);
  });
});

describe('parseColour: CSS Color 4 clamping and syntax, as Chromium computes it', () => {
  it('a negative saturation is grey, never in the orange-red family', () => {
    const ANY_HUE_VIVID: HslRange = { hueDeg: [0, 360], satPct: [60, 100], lightPct: [0, 100] };
    expect(inHslRange('hsl(16 -100% 50%)', ORANGE_RED)).toBe(false);
    expect(inHslRange('hsl(196 -100% 50%)', ANY_HUE_VIVID)).toBe(false);
    expect(toHsl(parseColour('hsla(20 -100% 50% / .5)') as Rgba).s).toBe(0);
  });

  it.each(['333333', '444', 'ff4500', 'FF4500', 'ff450080', 'f40', 'cafe', 'add', ' 444 '])(
    'hex without # (%j) is not a colour',
    (css) => {
      expect(parseColour(css)).toBeNull();
      expect(inHslRange(css, ORANGE_RED)).toBeNull();
    },
  );
});

describe('toHsl', () => {
  it('#FF4500 is hue 16.2°, saturation 100 %, lightness 50 %', () => {
    const { h, s, l } = toHsl(orangeRed);
    expect(h).toBeCloseTo(16.2353, 4);
    expect(s).toBe(100);
    expect(l).toBe(50);
  });

  it.each([
    [
      { r: 0, g: 0, b: 0 },
      { h: 0, s: 0, l: 0 },
    ],
    [
      { r: 255, g: 255, b: 255 },
      { h: 0, s: 0, l: 100 },
    ],
    [
      { r: 128, g: 128, b: 128 },
      { h: 0, s: 0, l: 50.196078431 },
    ],
    [
      { r: 0, g: 255, b: 0 },
      { h: 120, s: 100, l: 50 },
    ],
    [
      { r: 0, g: 0, b: 255 },
      { h: 240, s: 100, l: 50 },
    ],
    [
      { r: 255, g: 0, b: 255 },
      { h: 300, s: 100, l: 50 },
    ],
    [
      { r: 255, g: 0, b: 1 },
      { h: 359.764705882, s: 100, l: 50 },
    ],
  ])('%o → %o', (rgb, hsl) => {
    expect(toHsl(rgb)).toEqual(hsl);
  });

  it('round-trips hsl() exactly at whole-number values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 359 }),
        fc.integer({ min: 1, max: 100 }),
        fc.integer({ min: 1, max: 99 }),
        (h, s, l) => {
          const rgba = parseColour(`hsl(${h} ${s}% ${l}%)`);
          expect(rgba).not.toBeNull();
          expect(toHsl(rgba as NonNullable<typeof rgba>)).toEqual({ h, s, l });
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('inHslRange (D-STYLE orange-red by default)', () => {
  // firebrick (#B22222) is hue 0°, saturation 68 %, lightness 42 %: inside by the SPEC's numbers.
  it.each(['#FF4500', 'orangered', 'red', 'tomato', 'firebrick', 'rgb(255 69 0 / 50%)'])(
    '%s is orange-red',
    (css) => {
      expect(inHslRange(css, ORANGE_RED)).toBe(true);
    },
  );

  // crimson is hue 348°: inside only when the range wraps (see below); orange is hue 39°.
  it.each(['orange', 'darkorange', 'coral', 'crimson', 'black', 'white', 'gray', '#1890ff'])(
    '%s is not',
    (css) => {
      expect(inHslRange(css, ORANGE_RED)).toBe(false);
    },
  );

  it('bounds are inclusive on every axis and hold within ±0.5 (SPEC §6)', () => {
    expect(inHslRange('hsl(30 100% 50%)', ORANGE_RED)).toBe(true);
    expect(inHslRange('hsl(30.5 100% 50%)', ORANGE_RED)).toBe(true);
    expect(inHslRange('hsl(30.51 100% 50%)', ORANGE_RED)).toBe(false);
    expect(inHslRange('hsl(0 100% 50%)', ORANGE_RED)).toBe(true);
    expect(inHslRange('hsl(359.5 100% 50%)', ORANGE_RED)).toBe(true);
    expect(inHslRange('hsl(359.49 100% 50%)', ORANGE_RED)).toBe(false);
    expect(inHslRange('hsl(20 60% 50%)', ORANGE_RED)).toBe(true);
    expect(inHslRange('hsl(20 59.5% 50%)', ORANGE_RED)).toBe(true);
    expect(inHslRange('hsl(20 59.49% 50%)', ORANGE_RED)).toBe(false);
    expect(inHslRange('hsl(20 80% 35%)', ORANGE_RED)).toBe(true);
    expect(inHslRange('hsl(20 80% 34.5%)', ORANGE_RED)).toBe(true);
    expect(inHslRange('hsl(20 80% 34.49%)', ORANGE_RED)).toBe(false);
    expect(inHslRange('hsl(20 80% 65%)', ORANGE_RED)).toBe(true);
    expect(inHslRange('hsl(20 80% 65.5%)', ORANGE_RED)).toBe(true);
    expect(inHslRange('hsl(20 80% 65.51%)', ORANGE_RED)).toBe(false);
  });

  /** What a browser reports from getComputedStyle: 8-bit rgb(). */
  const rendered = (css: string) => {
    const rgba = parseColour(css);
    if (!rgba) throw new Error(`unreadable ${css}`);
    return `rgb(${Math.round(rgba.r)}, ${Math.round(rgba.g)}, ${Math.round(rgba.b)})`;
  };

  it('a label written on a bound stays in the family as rendered, one step outside does not', () => {
    expect(rendered('hsl(30 100% 50%)')).toBe('rgb(255, 128, 0)');
    expect(toHsl(parseColour('rgb(255, 128, 0)') as Rgba).h).toBeCloseTo(30.12, 2);
    for (const [onBound, outside] of [
      ['hsl(30 100% 50%)', 'hsl(31 100% 50%)'],
      ['hsl(0 100% 50%)', 'hsl(359 100% 50%)'],
      ['hsl(16 60% 50%)', 'hsl(16 59% 50%)'],
      ['hsl(16 100% 35%)', 'hsl(16 100% 34%)'],
      ['hsl(16 100% 65%)', 'hsl(16 100% 66%)'],
      ['hsl(30 60% 35%)', 'hsl(31 59% 34%)'],
    ] as const) {
      expect(inHslRange(rendered(onBound), ORANGE_RED), onBound).toBe(true);
      expect(inHslRange(rendered(outside), ORANGE_RED), outside).toBe(false);
    }
  });

  it('any colour written inside the family is inside as rendered (8-bit rgb)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: 60, max: 100, noNaN: true }),
        fc.double({ min: 35, max: 65, noNaN: true }),
        (h, s, l) => {
          const css = `hsl(${h} ${s}% ${l}%)`;
          expect(inHslRange(css, ORANGE_RED), css).toBe(true);
          expect(inHslRange(rendered(css), ORANGE_RED), rendered(css)).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('a hue range with min > max wraps through 0°', () => {
    const reds: HslRange = { hueDeg: [340, 30], satPct: [60, 100], lightPct: [35, 65] };
    expect(inHslRange('crimson', reds)).toBe(true);
    expect(inHslRange('#FF4500', reds)).toBe(true);
    expect(inHslRange('hsl(339 100% 50%)', reds)).toBe(false);
    expect(inHslRange('hsl(31 100% 50%)', reds)).toBe(false);
  });

  it('unreadable is null (unknown); fully transparent is outside', () => {
    expect(inHslRange('var(--brand)', ORANGE_RED)).toBeNull();
    expect(inHslRange('', ORANGE_RED)).toBeNull();
    expect(inHslRange('rgba(255, 69, 0, 0)', ORANGE_RED)).toBe(false);
    expect(inHslRange({ ...orangeRed, a: 0.01 }, ORANGE_RED)).toBe(true);
  });
});
