/**
 * CSS colours as a page's computed style (or a person) writes them, and the HSL test of D-STYLE
 * ("orange-red family": hue 0°–30°, saturation ≥ 60 %, lightness 35 %–65 % by default).
 *
 * Reading is culori's (a CSS Color 4 parser, in the worker only): hex, rgb()/rgba(), hsl()/hsla(),
 * hwb(), lab(), lch(), oklab(), oklch(), color(srgb | srgb-linear | display-p3 | rec2020 | a98-rgb |
 * prophoto-rgb | xyz…), named colours and `transparent` — what modern Chromium reports from
 * getComputedStyle for a colour written in any of these. What a browser drops is refused the same
 * way (`rgb(10%, 20, 30%)` mixes percentages and numbers; `hsl(10, 50%, 0)` misses a %), and so is
 * anything that is not plain ASCII (`blac\u212A`: the Kelvin sign lower-cases to k in JavaScript,
 * not in CSS). Anything else — `currentcolor`, `inherit`, `var(--x)`, gradients — gives null
 * (unknown). A colour outside sRGB (a vivid oklch()) is mapped into it as CSS Color 4 says.
 *
 * Channels are 0–255 and NOT rounded, so `hsl(16 100% 50%)` reads back as exactly hue 16°;
 * `toHsl` rounds to 1e-9 so that float noise never moves a colour across an inclusive bound, and
 * `inHslRange` holds each bound within the 8-bit rounding of rendered colours (SPEC §6).
 */
import {
  converter,
  type Color,
  modeA98,
  modeHsl,
  modeHwb,
  modeLab,
  modeLch,
  modeLrgb,
  modeOklab,
  modeOklch,
  modeP3,
  modeProphoto,
  modeRec2020,
  modeRgb,
  modeXyz50,
  modeXyz65,
  parse,
  toGamut,
  useMode,
} from 'culori/fn';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}
/** Red, green, blue 0–255; alpha 0–1. */
export interface Rgba extends Rgb {
  a: number;
}
/** Hue in degrees [0, 360), saturation and lightness in percent [0, 100]. */
export interface Hsl {
  h: number;
  s: number;
  l: number;
}
/** Inclusive bounds. A hue range with min > max wraps through 0° (e.g. [340, 20]). */
export interface HslRange {
  hueDeg: readonly [number, number];
  satPct: readonly [number, number];
  lightPct: readonly [number, number];
}

/**
 * SPEC §6: browsers report computed colours as 8-bit rgb(), which moves a colour written on a
 * bound slightly off it (`hsl(30 100% 50%)` renders as `rgb(255, 128, 0)`, hue 30.12°); a bound
 * holds within that rounding.
 */
const RENDER_TOLERANCE = { hueDeg: 0.5, pct: 0.5 } as const;

// Every colour space CSS Color 4 names; culori/fn registers only what is asked for.
for (const mode of [
  modeRgb,
  modeLrgb,
  modeHsl,
  modeHwb,
  modeLab,
  modeLch,
  modeOklab,
  modeOklch,
  modeP3,
  modeRec2020,
  modeA98,
  modeProphoto,
  modeXyz50,
  modeXyz65,
]) {
  useMode(mode);
}

const toRgb = converter('rgb');
/** CSS Color 4 gamut mapping: chroma reduced in oklch until the colour fits sRGB. */
const intoSrgb = toGamut('rgb', 'oklch');
const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** A computed style is short; a long string is not a colour and is not worth parsing. */
const MAX_COLOUR_LENGTH = 200;

/** culori's parse; it throws on some malformed input (`hsl(10km 100% 50%)`), which is not a colour. */
function readCss(css: string): Color | undefined {
  try {
    return parse(css);
  } catch {
    return undefined;
  }
}

/** Within sRGB, allowing float noise (a channel of 1.0000000000000002). */
const inGamut = (value: number | undefined) =>
  value === undefined || !Number.isFinite(value) || (value >= -1e-9 && value <= 1 + 1e-9);

export function parseColour(css: string): Rgba | null {
  if (typeof css !== 'string' || css.length > MAX_COLOUR_LENGTH) return null;
  // CSS keywords match ASCII case-insensitively only; JavaScript's toLowerCase folds more.
  if (!/^[\x20-\x7e\t\n\r\f]*$/.test(css)) return null;
  const written = css.trim().toLowerCase();
  // culori reads `333333` and `444` as hex; CSS needs the `#` (only quirks mode drops it).
  if (/^[\da-f]+$/.test(written)) return null;
  const parsed = readCss(written);
  if (!parsed) return null;
  // CSS Color 4 clamps at parsed-value time what culori leaves as written: hsl() saturation and
  // lightness to 0–100 % (`hsl(0 -50% 40%)` is grey, not cyan) and a negative hwb() whiteness or
  // blackness to 0 (over 100 % is normalised with the other, which culori does).
  if (parsed.mode === 'hsl') {
    parsed.s = clamp(parsed.s ?? 0);
    parsed.l = clamp(parsed.l ?? 0);
  } else if (parsed.mode === 'hwb') {
    parsed.w = Math.max(0, parsed.w ?? 0);
    parsed.b = Math.max(0, parsed.b ?? 0);
  }
  const direct = toRgb(parsed);
  // rgb() out of range is clamped, as browsers do; other spaces are gamut-mapped.
  const rgb =
    parsed.mode === 'rgb' || [direct.r, direct.g, direct.b].every(inGamut)
      ? direct
      : toRgb(intoSrgb(parsed));
  // `none` leaves a channel out; CSS reads it as 0.
  const channel = (value: number | undefined) =>
    clamp(Number.isFinite(value) ? (value ?? 0) : 0) * 255;
  const alpha = parsed.alpha;
  return {
    r: channel(rgb.r),
    g: channel(rgb.g),
    b: channel(rgb.b),
    a: alpha === undefined || !Number.isFinite(alpha) ? 1 : clamp(alpha),
  };
}

/** Rounds away float noise (59.99999999999999 → 60) so inclusive bounds hold exactly. */
const tidy = (value: number) => Math.round(value * 1e9) / 1e9;

export function toHsl({ r, g, b }: Rgb): Hsl {
  const [red, green, blue] = [r / 255, g / 255, b / 255];
  const max = Math.max(red, green, blue);
  const min = Math.min(red, green, blue);
  const delta = max - min;
  const l = (max + min) / 2;
  if (delta === 0) return { h: 0, s: 0, l: tidy(l * 100) };
  const s = delta / (1 - Math.abs(2 * l - 1));
  let h: number;
  if (max === red) h = (((green - blue) / delta) % 6) * 60;
  else if (max === green) h = ((blue - red) / delta + 2) * 60;
  else h = ((red - green) / delta + 4) * 60;
  return { h: tidy((h + 360) % 360), s: tidy(s * 100), l: tidy(l * 100) };
}

const within = (value: number, [min, max]: readonly [number, number]) =>
  min <= value && value <= max;

/**
 * Whether a colour lies in an HSL range, bounds inclusive and held within RENDER_TOLERANCE;
 * null when the colour cannot be read.
 * A fully transparent colour is in no range (it shows nothing); other alpha is ignored.
 */
export function inHslRange(colour: string | Rgba, range: HslRange): boolean | null {
  const rgba = typeof colour === 'string' ? parseColour(colour) : colour;
  if (!rgba) return null;
  if (rgba.a === 0) return false;
  const { h, s, l } = toHsl(rgba);
  const { hueDeg, pct } = RENDER_TOLERANCE;
  const [hueMin, hueMax] = range.hueDeg;
  const wraps = hueMin > hueMax;
  // Hue is on a circle: distance past a bound is measured both ways round.
  const pastMin = (((hueMin - h) % 360) + 360) % 360;
  const pastMax = (((h - hueMax) % 360) + 360) % 360;
  const hueInside =
    (wraps ? h >= hueMin || h <= hueMax : within(h, range.hueDeg)) ||
    pastMin <= hueDeg ||
    pastMax <= hueDeg;
  const widened = ([min, max]: readonly [number, number]) => [min - pct, max + pct] as const;
  return hueInside && within(s, widened(range.satPct)) && within(l, widened(range.lightPct));
}
