/**
 * CSS colours as a page's computed style (or a person) writes them, and the HSL test of D-STYLE
 * ("orange-red family": hue 0°–30°, saturation ≥ 60 %, lightness 35 %–65 % by default).
 *
 * Reads hex (#rgb, #rgba, #rrggbb, #rrggbbaa), rgb()/rgba() and hsl()/hsla() in both the comma
 * and the space syntax (`rgb(255 69 0 / 50%)`), percentages, hue units (deg, rad, grad, turn),
 * `transparent`, and all 148 CSS named colours (CSS Color 4, grey/gray spellings included).
 * Anything else — `currentcolor`, `inherit`, `var(--x)`, gradients — gives null (unknown).
 *
 * Channels are 0–255 and NOT rounded, so `hsl(16 100% 50%)` reads back as exactly hue 16°;
 * `toHsl` rounds to 1e-9 so that float noise never moves a colour across an inclusive bound.
 */

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

/** The 148 CSS named colours as 0xRRGGBB. */
const NAMED: Record<string, number> = {
  aliceblue: 0xf0f8ff,
  antiquewhite: 0xfaebd7,
  aqua: 0x00ffff,
  aquamarine: 0x7fffd4,
  azure: 0xf0ffff,
  beige: 0xf5f5dc,
  bisque: 0xffe4c4,
  black: 0x000000,
  blanchedalmond: 0xffebcd,
  blue: 0x0000ff,
  blueviolet: 0x8a2be2,
  brown: 0xa52a2a,
  burlywood: 0xdeb887,
  cadetblue: 0x5f9ea0,
  chartreuse: 0x7fff00,
  chocolate: 0xd2691e,
  coral: 0xff7f50,
  cornflowerblue: 0x6495ed,
  cornsilk: 0xfff8dc,
  crimson: 0xdc143c,
  cyan: 0x00ffff,
  darkblue: 0x00008b,
  darkcyan: 0x008b8b,
  darkgoldenrod: 0xb8860b,
  darkgray: 0xa9a9a9,
  darkgreen: 0x006400,
  darkgrey: 0xa9a9a9,
  darkkhaki: 0xbdb76b,
  darkmagenta: 0x8b008b,
  darkolivegreen: 0x556b2f,
  darkorange: 0xff8c00,
  darkorchid: 0x9932cc,
  darkred: 0x8b0000,
  darksalmon: 0xe9967a,
  darkseagreen: 0x8fbc8f,
  darkslateblue: 0x483d8b,
  darkslategray: 0x2f4f4f,
  darkslategrey: 0x2f4f4f,
  darkturquoise: 0x00ced1,
  darkviolet: 0x9400d3,
  deeppink: 0xff1493,
  deepskyblue: 0x00bfff,
  dimgray: 0x696969,
  dimgrey: 0x696969,
  dodgerblue: 0x1e90ff,
  firebrick: 0xb22222,
  floralwhite: 0xfffaf0,
  forestgreen: 0x228b22,
  fuchsia: 0xff00ff,
  gainsboro: 0xdcdcdc,
  ghostwhite: 0xf8f8ff,
  gold: 0xffd700,
  goldenrod: 0xdaa520,
  gray: 0x808080,
  green: 0x008000,
  greenyellow: 0xadff2f,
  grey: 0x808080,
  honeydew: 0xf0fff0,
  hotpink: 0xff69b4,
  indianred: 0xcd5c5c,
  indigo: 0x4b0082,
  ivory: 0xfffff0,
  khaki: 0xf0e68c,
  lavender: 0xe6e6fa,
  lavenderblush: 0xfff0f5,
  lawngreen: 0x7cfc00,
  lemonchiffon: 0xfffacd,
  lightblue: 0xadd8e6,
  lightcoral: 0xf08080,
  lightcyan: 0xe0ffff,
  lightgoldenrodyellow: 0xfafad2,
  lightgray: 0xd3d3d3,
  lightgreen: 0x90ee90,
  lightgrey: 0xd3d3d3,
  lightpink: 0xffb6c1,
  lightsalmon: 0xffa07a,
  lightseagreen: 0x20b2aa,
  lightskyblue: 0x87cefa,
  lightslategray: 0x778899,
  lightslategrey: 0x778899,
  lightsteelblue: 0xb0c4de,
  lightyellow: 0xffffe0,
  lime: 0x00ff00,
  limegreen: 0x32cd32,
  linen: 0xfaf0e6,
  magenta: 0xff00ff,
  maroon: 0x800000,
  mediumaquamarine: 0x66cdaa,
  mediumblue: 0x0000cd,
  mediumorchid: 0xba55d3,
  mediumpurple: 0x9370db,
  mediumseagreen: 0x3cb371,
  mediumslateblue: 0x7b68ee,
  mediumspringgreen: 0x00fa9a,
  mediumturquoise: 0x48d1cc,
  mediumvioletred: 0xc71585,
  midnightblue: 0x191970,
  mintcream: 0xf5fffa,
  mistyrose: 0xffe4e1,
  moccasin: 0xffe4b5,
  navajowhite: 0xffdead,
  navy: 0x000080,
  oldlace: 0xfdf5e6,
  olive: 0x808000,
  olivedrab: 0x6b8e23,
  orange: 0xffa500,
  orangered: 0xff4500,
  orchid: 0xda70d6,
  palegoldenrod: 0xeee8aa,
  palegreen: 0x98fb98,
  paleturquoise: 0xafeeee,
  palevioletred: 0xdb7093,
  papayawhip: 0xffefd5,
  peachpuff: 0xffdab9,
  peru: 0xcd853f,
  pink: 0xffc0cb,
  plum: 0xdda0dd,
  powderblue: 0xb0e0e6,
  purple: 0x800080,
  rebeccapurple: 0x663399,
  red: 0xff0000,
  rosybrown: 0xbc8f8f,
  royalblue: 0x4169e1,
  saddlebrown: 0x8b4513,
  salmon: 0xfa8072,
  sandybrown: 0xf4a460,
  seagreen: 0x2e8b57,
  seashell: 0xfff5ee,
  sienna: 0xa0522d,
  silver: 0xc0c0c0,
  skyblue: 0x87ceeb,
  slateblue: 0x6a5acd,
  slategray: 0x708090,
  slategrey: 0x708090,
  snow: 0xfffafa,
  springgreen: 0x00ff7f,
  steelblue: 0x4682b4,
  tan: 0xd2b48c,
  teal: 0x008080,
  thistle: 0xd8bfd8,
  tomato: 0xff6347,
  turquoise: 0x40e0d0,
  violet: 0xee82ee,
  wheat: 0xf5deb3,
  white: 0xffffff,
  whitesmoke: 0xf5f5f5,
  yellow: 0xffff00,
  yellowgreen: 0x9acd32,
};

const NUMBER = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(%|deg|rad|grad|turn)?$/i;

interface Token {
  value: number;
  unit: string;
}

function readToken(text: string): Token | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  return Number.isFinite(value) ? { value, unit: (match[2] ?? '').toLowerCase() } : null;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function readHex(hex: string): Rgba | null {
  if (!/^[0-9a-f]+$/i.test(hex) || ![3, 4, 6, 8].includes(hex.length)) return null;
  const long = hex.length <= 4 ? [...hex].map((digit) => digit + digit).join('') : hex;
  const byte = (index: number) => parseInt(long.slice(index * 2, index * 2 + 2), 16);
  return { r: byte(0), g: byte(1), b: byte(2), a: long.length === 8 ? byte(3) / 255 : 1 };
}

/** Splits a function's arguments, comma or space syntax, into 3 channels and an optional alpha. */
function splitArguments(body: string): { channels: string[]; alpha: string | null } | null {
  if (body.includes(',')) {
    const parts = body.split(',').map((part) => part.trim());
    if (parts.length !== 3 && parts.length !== 4) return null;
    return { channels: parts.slice(0, 3), alpha: parts[3] ?? null };
  }
  const [channelText = '', alphaText, extra] = body.split('/');
  if (extra !== undefined) return null;
  const channels = channelText.trim().split(/\s+/);
  if (channels.length !== 3) return null;
  return { channels, alpha: alphaText === undefined ? null : alphaText.trim() };
}

function readAlpha(text: string | null): number | null {
  if (text === null) return 1;
  const token = readToken(text);
  if (!token || (token.unit !== '' && token.unit !== '%')) return null;
  return clamp(token.unit === '%' ? token.value / 100 : token.value, 0, 1);
}

function readRgbChannel(text: string): number | null {
  const token = readToken(text);
  if (!token || (token.unit !== '' && token.unit !== '%')) return null;
  return clamp(token.unit === '%' ? token.value * 2.55 : token.value, 0, 255);
}

const HUE_UNIT_DEGREES: Record<string, number> = {
  '': 1,
  deg: 1,
  rad: 180 / Math.PI,
  grad: 0.9,
  turn: 360,
};

function readHue(text: string): number | null {
  const token = readToken(text);
  const perUnit = token ? HUE_UNIT_DEGREES[token.unit] : undefined;
  if (!token || perUnit === undefined) return null;
  return (((token.value * perUnit) % 360) + 360) % 360;
}

/** Saturation or lightness: a percentage (a bare number is read as one, as CSS Color 4 allows). */
function readPercent(text: string): number | null {
  const token = readToken(text);
  if (!token || (token.unit !== '' && token.unit !== '%')) return null;
  return clamp(token.value, 0, 100);
}

function hslToRgb(h: number, s: number, l: number): Rgb {
  const saturation = s / 100;
  const lightness = l / 100;
  const chroma = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + h / 30) % 12;
    return 255 * (lightness - chroma * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return { r: channel(0), g: channel(8), b: channel(4) };
}

function readFunction(name: string, body: string): Rgba | null {
  const parts = splitArguments(body);
  if (!parts) return null;
  const a = readAlpha(parts.alpha);
  const [first = '', second = '', third = ''] = parts.channels;
  if (name.startsWith('rgb')) {
    const [r, g, b] = [readRgbChannel(first), readRgbChannel(second), readRgbChannel(third)];
    return r === null || g === null || b === null || a === null ? null : { r, g, b, a };
  }
  const [h, s, l] = [readHue(first), readPercent(second), readPercent(third)];
  return h === null || s === null || l === null || a === null ? null : { ...hslToRgb(h, s, l), a };
}

export function parseColour(css: string): Rgba | null {
  if (typeof css !== 'string' || css.length > 200) return null;
  const text = css.trim().toLowerCase();
  if (text.startsWith('#')) return readHex(text.slice(1));
  if (text === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const named = NAMED[text];
  if (named !== undefined) return { r: named >> 16, g: (named >> 8) & 0xff, b: named & 0xff, a: 1 };
  const call = /^(rgba?|hsla?)\((.*)\)$/.exec(text);
  return call ? readFunction(call[1] ?? '', (call[2] ?? '').trim()) : null;
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
 * Whether a colour lies in an HSL range, bounds inclusive; null when the colour cannot be read.
 * A fully transparent colour is in no range (it shows nothing); other alpha is ignored.
 */
export function inHslRange(colour: string | Rgba, range: HslRange): boolean | null {
  const rgba = typeof colour === 'string' ? parseColour(colour) : colour;
  if (!rgba) return null;
  if (rgba.a === 0) return false;
  const { h, s, l } = toHsl(rgba);
  const [hueMin, hueMax] = range.hueDeg;
  const hueInside = hueMin <= hueMax ? within(h, range.hueDeg) : h >= hueMin || h <= hueMax;
  return hueInside && within(s, range.satPct) && within(l, range.lightPct);
}
