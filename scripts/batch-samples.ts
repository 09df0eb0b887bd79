/**
 * Made-up catalogues for the batch tests and the benchmark: SPEC §9 requests and rows of a
 * workbench goods export, varied enough to hit passes, fails, warnings and unknowns, and a
 * minimal but real `.xlsx` writer (shared strings, numbers as number cells) built with fflate.
 */
import { strToU8, Zip, ZipDeflate, zipSync } from 'fflate';
import { columnName } from '../lib/batch/limits';

/** A deposit product every third item, a plain one otherwise; some break D-RATIO / D-STOCK. */
export function sampleRequest(i: number): Record<string, unknown> {
  const priceFen = 9_900 + (i % 50) * 2_000;
  const product: Record<string, unknown> = {
    itemId: String(25_812_911_600_000 + i),
    title: `新年乔迁高档金箔纸杯 款式${i}`,
    category: {
      name: i % 2 ? '家居' : '服饰',
      level: 2,
      virtual: false,
      kind: i % 2 ? 'home' : 'apparel',
    },
    priceFen,
  };
  if (i % 3 === 0) {
    const activityPriceFen = priceFen - 1_000;
    product.activityPriceFen = activityPriceFen;
    product.deposit = {
      amountFen:
        i % 9 === 0 ? Math.round(activityPriceFen * 0.3) : Math.round(activityPriceFen * 0.1),
      deductionFen: Math.round(activityPriceFen * 0.2),
      balanceFen: activityPriceFen - Math.round(activityPriceFen * 0.1),
      presaleQty: 1_000,
      stock: i % 4 === 0 ? 100 : 300,
      capacity: 900,
    };
  }
  if (i % 5 === 0) product.installment = { periods: 3 };
  return {
    date: '2023-03-01',
    merchant: {
      experienceScore: 4.5,
      violations90d: 0,
      riskControlled: false,
      onTimeShipRate30d: 0.95,
      disputeRate30d: 0.00003,
      walletOpened: true,
      monthlyGmvFen: 12_000_000,
      maxSessionGmvFen: 150_000_000,
      enterprise: true,
      categoryBondFen: 2_000_000,
      dsr: 4.8,
      monthlySalesFen: 60_000_000,
      certificates: ['quality-report'],
    },
    product,
  };
}

export const exportHeader = [
  '商品ID',
  '商品名称',
  '单价',
  '活动价',
  '划线价',
  '意向金',
  '可抵金额',
  '尾款',
  '预售数量',
  '总库存',
  '产能',
  '类目',
  '分期期数',
  '商品状态',
];

/** One row of a goods export: prices as the workbench writes them (`￥99`, `¥1,299.00`, `99.9`). */
export function sampleRow(i: number): (string | number)[] {
  const yuan = 99 + (i % 50) * 20;
  const deposit = i % 3 === 0;
  const activity = yuan - 10;
  return [
    String(25_812_911_600_000 + i),
    `新年乔迁高档金箔纸杯, "款式" ${i}`,
    i % 2 ? `￥${yuan}` : yuan,
    deposit ? activity : '',
    i % 7 === 0 ? `¥${(yuan * 2).toLocaleString('en-US')}.00` : '',
    deposit
      ? i % 9 === 0
        ? Math.round(activity * 30) / 100
        : Math.round(activity * 10) / 100
      : '',
    deposit ? `${Math.round(activity * 0.2)}元` : '',
    deposit ? Math.round((activity - activity * 0.1) * 100) / 100 : '',
    deposit ? 1000 : '',
    i % 4 === 0 ? 100 : 300,
    deposit ? 900 : '',
    i % 2 ? '家居日用 / 收纳' : '女装 / 连衣裙',
    i % 5 === 0 ? '3期' : '',
    '在售',
  ];
}

const xmlEscape = (text: string) =>
  text.replace(
    /[<>&"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] as string,
  );

/** A one-sheet workbook: strings as shared strings, numbers as number cells, '' left out. */
export function writeXlsx(rows: Iterable<readonly (string | number)[]>): Uint8Array {
  const strings = new Map<string, number>();
  const sheet: string[] = [];
  let r = 0;
  for (const row of rows) {
    r += 1;
    const cells = row.map((value, c) => {
      if (value === '') return '';
      const ref = `${columnName(c)}${r}`;
      if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
      let index = strings.get(value);
      if (index === undefined) {
        index = strings.size;
        strings.set(value, index);
      }
      return `<c r="${ref}" t="s"><v>${index}</v></c>`;
    });
    sheet.push(`<row r="${r}">${cells.join('')}</row>`);
  }
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const shared = [...strings.keys()].map(
    (s) => `<si><t xml:space="preserve">${xmlEscape(s)}</t></si>`,
  );
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="商品列表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${rel}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ),
    // The sheet before the shared strings, as Excel orders them: the reader must not rely on it.
    'xl/worksheets/sheet1.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData>${sheet.join('')}</sheetData></worksheet>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${ns}" count="${shared.length}" uniqueCount="${shared.length}">${shared.join('')}</sst>`,
    ),
  });
}

/** CSV as Excel saves it: a BOM, CRLF, quotes where needed. */
export function writeCsv(rows: Iterable<readonly (string | number)[]>): string {
  const lines: string[] = [];
  for (const row of rows) {
    lines.push(
      row
        .map(String)
        .map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell))
        .join(','),
    );
  }
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/*
 * Hostile inputs (issue 20, 21): each is generated in pieces — never held whole, never committed —
 * for the unit tests (small sizes), the e2e test and `npm run bench:hostile` (full sizes).
 */

const wideHeader = ['商品ID', '商品名称', '价格'];

/** A CSV whose row 2 has one `cellChars`-character title (quoted, as Excel writes it). */
export function* hugeCellCsv(cellChars: number, piece = 1 << 20): Generator<string> {
  yield `${wideHeader.join(',')}\r\n1,"`;
  for (let left = cellChars; left > 0; left -= piece) yield 'A'.repeat(Math.min(piece, left));
  yield '",99\r\n';
}

/** A CSV whose header has `columns` columns (the known three, then `c4`, `c5`, …) and one row. */
export function* wideCsv(columns: number): Generator<string> {
  const names = [...wideHeader];
  for (let c = wideHeader.length; c < columns; c += 1) {
    names.push(`c${c + 1}`);
    if (names.length === 10_000) yield `${names.splice(0).join(',')},`;
  }
  yield `${names.join(',')}\r\n1,纸杯,99\r\n`;
}

/** A `.json` array whose one element is nested `depth` arrays deep. */
export function* deepJson(depth: number, piece = 1 << 20): Generator<string> {
  yield '[';
  for (let left = depth; left > 0; left -= piece) yield '['.repeat(Math.min(piece, left));
  for (let left = depth; left > 0; left -= piece) yield ']'.repeat(Math.min(piece, left));
  yield ']\n';
}

/** An NDJSON line whose product title is a `chars`-character string. */
export function* longStringNdjson(chars: number, piece = 1 << 20): Generator<string> {
  yield '{"product":{"itemId":"1","title":"';
  for (let left = chars; left > 0; left -= piece) yield 'A'.repeat(Math.min(piece, left));
  yield '"}}\n';
}

/** An NDJSON line whose product has `keys` keys. */
export function* manyKeysNdjson(keys: number): Generator<string> {
  yield '{"product":{"itemId":"1"';
  const part: string[] = [];
  for (let k = 0; k < keys; k += 1) {
    part.push(`,"k${k}":0`);
    if (part.length === 10_000) yield part.splice(0).join('');
  }
  yield `${part.join('')}}}\n`;
}

/**
 * A zip bomb of an `.xlsx`: a real header row, then row 2 whose one inline-string cell holds
 * `cellBytes` of `A` — deflate's best ratio (~1 000 : 1) makes 1.5 GB of sheet a 1.5 MB file.
 * `onChunk` gets the zip's bytes as they are made.
 */
export function xlsxWithHugeCell(cellBytes: number, onChunk: (bytes: Uint8Array) => void): void {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else onChunk(data);
  });
  const add = (name: string, text: string) => {
    const entry = new ZipDeflate(name, { level: 9 });
    zip.add(entry);
    entry.push(strToU8(text), true);
  };
  add(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="商品列表" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  );
  add(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 9 });
  zip.add(sheet);
  const header = wideHeader
    .map((name, c) => `<c r="${columnName(c)}1" t="inlineStr"><is><t>${name}</t></is></c>`)
    .join('');
  sheet.push(
    strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><sheetData><row r="1">${header}</row><row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c><c r="B2" t="inlineStr"><is><t>`,
    ),
  );
  const piece = new Uint8Array(Math.min(cellBytes, 1 << 22)).fill(0x41);
  for (let left = cellBytes; left > 0; left -= piece.length) {
    sheet.push(left >= piece.length ? piece : piece.subarray(0, left));
  }
  sheet.push(strToU8('</t></is></c><c r="C2"><v>99</v></c></row></sheetData></worksheet>'), true);
  zip.end();
  if (failure) throw failure;
}
