/**
 * Made-up catalogues for the batch tests and the benchmark: SPEC §9 requests and rows of a
 * workbench goods export, varied enough to hit passes, fails, warnings and unknowns, and a
 * minimal but real `.xlsx` writer (shared strings, numbers as number cells) built with fflate.
 */
import { strToU8, zipSync } from 'fflate';

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

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

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
