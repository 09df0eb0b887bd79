import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  addWorkingDays,
  daysBetween,
  inWindow,
  isDay,
  isWorkingDay,
  shanghaiDay,
  shanghaiDayStartMs,
  weekday,
  workingDayRange,
} from '@/core/dates';

/**
 * Every assertion below runs once per time zone: Node re-reads `process.env.TZ` on each change,
 * so this one file proves the results do not depend on the machine's zone. CI also runs it whole
 * under `TZ=America/Los_Angeles`.
 */
const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Asia/Kolkata'];
const originalZone = process.env.TZ;
afterAll(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

function inEachZone(name: string, assertions: () => void) {
  describe(name, () => {
    it.each(ZONES)('TZ=%s', (zone) => {
      process.env.TZ = zone;
      assertions();
    });
  });
}

describe('the time zone really switches inside this file', () => {
  it('local offsets differ between zones, so the per-zone runs are not all one zone', () => {
    const offsets = ZONES.map((zone) => {
      process.env.TZ = zone;
      return new Date(Date.UTC(2023, 0, 15, 12)).getTimezoneOffset();
    });
    expect(new Set(offsets).size).toBe(ZONES.length);
    expect(offsets[ZONES.indexOf('America/Los_Angeles')]).toBe(480);
    expect(offsets[ZONES.indexOf('Asia/Shanghai')]).toBe(-480);
  });
});

inEachZone('shanghaiDay at the midnight boundaries', () => {
  expect(shanghaiDay(new Date('2023-02-14T16:00:00Z'))).toBe('2023-02-15');
  expect(shanghaiDay(new Date('2023-02-14T15:59:59.999Z'))).toBe('2023-02-14');
  expect(shanghaiDay(Date.parse('2023-02-15T00:00:00+08:00'))).toBe('2023-02-15');
  expect(shanghaiDay(Date.parse('2023-03-31T23:59:59.999+08:00'))).toBe('2023-03-31');
  expect(shanghaiDay(Date.parse('2023-12-31T16:00:00Z'))).toBe('2024-01-01');
  expect(shanghaiDay(Date.parse('2024-02-28T16:00:00Z'))).toBe('2024-02-29');
  // A US daylight-saving switch day changes nothing in Shanghai.
  expect(shanghaiDay(Date.parse('2023-03-12T10:00:00Z'))).toBe('2023-03-12');
  expect(shanghaiDay(0)).toBe('1970-01-01');
  expect(shanghaiDay(-8 * 3600 * 1000 - 1)).toBe('1969-12-31');
});

inEachZone('shanghaiDayStartMs is 00:00 UTC+8', () => {
  expect(shanghaiDayStartMs('2023-02-15')).toBe(Date.parse('2023-02-14T16:00:00Z'));
  expect(shanghaiDay(shanghaiDayStartMs('2023-02-15'))).toBe('2023-02-15');
  expect(shanghaiDay(shanghaiDayStartMs('2023-02-15') - 1)).toBe('2023-02-14');
});

inEachZone('day arithmetic', () => {
  expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
  expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  expect(addDays('2023-01-01', -1)).toBe('2022-12-31');
  expect(addDays('2023-02-15', 0)).toBe('2023-02-15');
  expect(daysBetween('2023-02-15', '2023-03-31')).toBe(44);
  expect(daysBetween('2023-03-31', '2023-02-15')).toBe(-44);
  expect(daysBetween('2023-03-12', '2023-03-13')).toBe(1);
  expect(weekday('2023-02-20')).toBe(1); // a Monday
  expect(weekday('1970-01-01')).toBe(4);
  expect(weekday('1969-12-28')).toBe(0);
});

inEachZone('inWindow is inclusive at both ends', () => {
  const signup = { from: '2023-02-15', to: '2023-03-30' };
  expect(inWindow('2023-02-14', signup)).toBe(false);
  expect(inWindow('2023-02-15', signup)).toBe(true);
  expect(inWindow('2023-03-01', signup)).toBe(true);
  expect(inWindow('2023-03-30', signup)).toBe(true);
  expect(inWindow('2023-03-31', signup)).toBe(false);
  expect(inWindow('2023-02-15', { from: '2023-02-15', to: '2023-02-15' })).toBe(true);
  expect(inWindow('2023-02-15', { from: '2023-02-16', to: '2023-02-14' })).toBe(false);
});

inEachZone('working days skip weekends', () => {
  // 2023-02-17 is a Friday, 2023-02-18 a Saturday, 2023-02-19 a Sunday.
  expect(isWorkingDay('2023-02-17')).toBe(true);
  expect(isWorkingDay('2023-02-18')).toBe(false);
  expect(addWorkingDays('2023-02-17', 1)).toBe('2023-02-20');
  expect(addWorkingDays('2023-02-18', 1)).toBe('2023-02-20');
  expect(addWorkingDays('2023-02-19', 1)).toBe('2023-02-20');
  expect(addWorkingDays('2023-02-18', 0)).toBe('2023-02-18');
  expect(addWorkingDays('2023-02-18', 5)).toBe('2023-02-24');
  expect(addWorkingDays('2023-02-20', 5)).toBe('2023-02-27');
  expect(addWorkingDays('2023-02-20', -1)).toBe('2023-02-17');
  expect(addWorkingDays('2023-02-19', -1)).toBe('2023-02-17');
  expect(addWorkingDays('2023-02-15', 10)).toBe('2023-03-01');
});

inEachZone('the 3–7 working-day review range', () => {
  // Submitted Wednesday 2023-02-15: 3 working days → Monday 02-20, 7 → Friday 02-24.
  expect(workingDayRange('2023-02-15', 3, 7)).toEqual({ from: '2023-02-20', to: '2023-02-24' });
  // Submitted Saturday: counting starts Monday.
  expect(workingDayRange('2023-02-18', 3, 7)).toEqual({ from: '2023-02-22', to: '2023-02-28' });
});

describe('malformed days are refused, not guessed', () => {
  it.each(['2023-02-30', '2023-13-01', '2023-2-1', '20230215', '', '2023-02-15T00:00'])(
    '%s',
    (day) => {
      expect(isDay(day)).toBe(false);
      expect(() => addDays(day, 1)).toThrow(RangeError);
      expect(() => inWindow(day, { from: '2023-01-01', to: '2023-12-31' })).toThrow(RangeError);
    },
  );

  it('accepts real days, leap days and years below 100', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2023-02-29')).toBe(false);
    expect(isDay('0050-06-01')).toBe(true);
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
  });

  it('refuses invalid instants and fractional day counts', () => {
    expect(() => shanghaiDay(Number.NaN)).toThrow(RangeError);
    expect(() => shanghaiDay(new Date('nonsense'))).toThrow(RangeError);
    expect(() => addDays('2023-02-15', 0.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2023-02-15', 1.5)).toThrow(RangeError);
  });
});

describe('properties', () => {
  const days = fc
    .integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) })
    .map((ms) => new Date(ms).toISOString().slice(0, 10));

  it('the same instant gives the same Shanghai day in every zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (ms) => {
        const seen = ZONES.map((zone) => {
          process.env.TZ = zone;
          return shanghaiDay(new Date(ms));
        });
        expect(new Set(seen).size).toBe(1);
        expect(seen[0]).toBe(new Date(ms + 8 * 3600 * 1000).toISOString().slice(0, 10));
      }),
      { numRuns: 200 },
    );
  });

  it('addDays and daysBetween are inverse', () => {
    fc.assert(
      fc.property(days, fc.integer({ min: -5000, max: 5000 }), (day, n) => {
        expect(daysBetween(day, addDays(day, n))).toBe(n);
      }),
      { numRuns: 300 },
    );
  });

  it('addWorkingDays matches a day-by-day count', () => {
    const stepByStep = (day: string, count: number) => {
      let current = day;
      let remaining = Math.abs(count);
      while (remaining > 0) {
        current = addDays(current, Math.sign(count));
        if (isWorkingDay(current)) remaining -= 1;
      }
      return current;
    };
    fc.assert(
      fc.property(days, fc.integer({ min: -30, max: 30 }), (day, count) => {
        expect(addWorkingDays(day, count)).toBe(stepByStep(day, count));
      }),
      { numRuns: 500 },
    );
  });
});
