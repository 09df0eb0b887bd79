import { describe, expect, it } from 'vitest';
import { parseAssignedState, pick, readEmbeddedState } from '@/lib/adapters/embedded-state';
import { loadFixture } from './fixture-page';

describe('embedded state', () => {
  it('reads the object assigned before the trailing IIFE, without evaluating anything', () => {
    const text = `window.__INITIAL_STATE__={"a":{"b":[1,2,{"c":"}"}]},"d":"say \\"hi\\" {"};(function(){throw new Error('never run')}());`;
    expect(parseAssignedState(text)).toEqual({ a: { b: [1, 2, { c: '}' }] }, d: 'say "hi" {' });
  });

  it('reads bare undefined as null, but not inside strings', () => {
    expect(
      parseAssignedState(
        'window.__INITIAL_STATE__={"x":undefined,"y":"undefined","z":[undefined]}',
      ),
    ).toEqual({
      x: null,
      y: 'undefined',
      z: [null],
    });
  });

  it('reads bare NaN, Infinity and -Infinity as null too, never inside strings or names', () => {
    expect(
      parseAssignedState(
        `window.__INITIAL_STATE__={"a":NaN,"b":[Infinity,-Infinity,-1],"c":"NaN Infinity undefined",` +
          `"d":{"e":undefined},"f":'ok',"NaNa":1}`,
      ),
    ).toBeNull(); // the single-quoted 'ok' keeps the object balanced but is not JSON
    expect(
      parseAssignedState(
        'window.__INITIAL_STATE__={"a":NaN,"b":[Infinity,-Infinity,-1],"c":"NaN Infinity undefined",' +
          '"d":{"e":undefined},"NaNa":1,"x\\\\":"y\\\\\\"}"};',
      ),
    ).toEqual({
      a: null,
      b: [null, null, -1],
      c: 'NaN Infinity undefined',
      d: { e: null },
      NaNa: 1,
      'x\\': 'y\\"}',
    });
  });

  it('stops at the end of the state, whatever script follows', () => {
    const text = 'window.__INITIAL_STATE__ = {"a":[{"b":"]}"}]} ;(function(){var x={y:[1]};}());';
    expect(parseAssignedState(text)).toEqual({ a: [{ b: ']}' }] });
  });

  it('gives null for malformed, unbalanced or non-object states', () => {
    expect(parseAssignedState('window.__INITIAL_STATE__={"a":1')).toBeNull();
    expect(parseAssignedState('window.__INITIAL_STATE__={a:alert(1)}')).toBeNull();
    expect(parseAssignedState('window.__INITIAL_STATE__=JSON.parse("{}")')).toBeNull();
    expect(parseAssignedState('var other = {}')).toBeNull();
  });

  it('finds the state script in the live-room fixture', () => {
    loadFixture('live-room.html');
    const playList = pick(readEmbeddedState(document), 'liveroom', 'playList');
    expect(Array.isArray(playList)).toBe(true);
    expect(pick(playList, 1, 'author', 'id')).toBe('3xkz9fa2');
    expect(pick(readEmbeddedState(document), 'liveroom', 'websocketUrls')).toBeNull();
  });

  it('reads a document once: a second read parses nothing, a replaced state is read again', () => {
    loadFixture('live-room.html');
    const first = readEmbeddedState(document);
    expect(readEmbeddedState(document)).toBe(first);
    loadFixture('live-room-numeric.html');
    expect(readEmbeddedState(document)).not.toBe(first);
    expect(pick(readEmbeddedState(document), 'liveroom', 'playList', 0, 'author')).toEqual({
      id: 1847392015,
      name: '好物严选',
      fansCount: null,
      description: null,
    });
  });

  it('pick walks unknown JSON safely', () => {
    expect(pick(null, 'a')).toBeUndefined();
    expect(pick({ a: 'text' }, 'a', 'length')).toBeUndefined();
  });
});
