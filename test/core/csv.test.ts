import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, csvRow } from '@/core/csv';

describe('csvCell', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['=1+1', "'=1+1"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['2023-02-20 10:00:00', '2023-02-20 10:00:00'],
    ['9.90', '9.90'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['两行\n文字', '"两行\n文字"'],
    ['', ''],
  ])('%j → %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('no cell a spreadsheet reads begins with a formula character', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const cell = csvCell(value).replace(/^"/, '');
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 2000 },
    );
  });

  it('csvRow joins neutralised cells', () => {
    expect(csvRow(['25812911614326', '=cmd|x', '9.90'])).toBe("25812911614326,'=cmd|x,9.90");
  });
});
