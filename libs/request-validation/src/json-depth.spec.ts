import { nestsDeeperThan } from './json-depth';

describe('nestsDeeperThan', () => {
  it.each([
    ['short text never exceeds', '[[[]]]', 3, false],
    ['exactly at the limit', '[[[]]]' + ' '.repeat(10), 3, false],
    ['one past the limit', '[[[[]]]]' + ' '.repeat(10), 3, true],
    ['objects and arrays both count', '{"a":[{"b":[]}]}', 3, true],
    ['siblings do not add up', '[[],[],[],[],[],[]]', 2, false],
    ['brackets in strings are ignored', '["[[[[[[", "{{{{{{"]', 2, false],
    ['escaped quotes keep the string open', '["\\"[[[[[[", 1]', 2, false],
    ['escaped backslash closes the string', '["\\\\", [[[[1]]]]]', 3, true],
  ])('%s', (_name, text, limit, expected) => {
    expect(nestsDeeperThan(text, limit)).toBe(expected);
  });
});
