import { newList } from '../values/collections';
import { javaMatches, javaReplace, javaSplit } from './java-regex';
import { intArg, JavaMethod, optionalIntArg, outOfBounds, stringArg } from './method-args';

// String.trim removes every char <= U+0020 at both ends (not Unicode whitespace like JS trim).
const TRIM = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;

/** The java.lang.String methods templates may call. */
export const STRING_METHODS: ReadonlyMap<string, JavaMethod<string>> = new Map<string, JavaMethod<string>>([
  ['length', (s) => s.length],
  ['isEmpty', (s) => s.length === 0],
  ['toString', (s) => s],
  ['trim', (s) => s.replace(TRIM, '')],
  ['toLowerCase', (s) => s.toLowerCase()],
  ['toUpperCase', (s) => s.toUpperCase()],
  ['hashCode', (s) => javaHashCode(s)],
  ['equals', (s, args) => typeof args[0] === 'string' && args[0] === s],
  ['equalsIgnoreCase', (s, args) => typeof args[0] === 'string'
    && (args[0].toUpperCase() === s.toUpperCase() || args[0].toLowerCase() === s.toLowerCase())],
  ['compareTo', (s, args) => compareStrings(s, stringArg(args, 0))],
  ['contains', (s, args) => s.includes(stringArg(args, 0))],
  ['startsWith', (s, args) => s.startsWith(stringArg(args, 0), optionalIntArg(args, 1, 0))],
  ['endsWith', (s, args) => s.endsWith(stringArg(args, 0))],
  ['indexOf', (s, args) => s.indexOf(stringArg(args, 0), optionalIntArg(args, 1, 0))],
  ['lastIndexOf', (s, args) => s.lastIndexOf(stringArg(args, 0), optionalIntArg(args, 1, Infinity))],
  ['charAt', (s, args) => {
    const i = intArg(args, 0);
    if (i < 0 || i >= s.length) throw outOfBounds('String', i, s.length);
    return s[i];
  }],
  ['substring', (s, args) => {
    const begin = intArg(args, 0);
    const end = optionalIntArg(args, 1, s.length);
    if (begin < 0 || end > s.length || begin > end) throw outOfBounds('String', begin < 0 ? begin : end, s.length);
    return s.slice(begin, end);
  }],
  ['concat', (s, args) => s + stringArg(args, 0)],
  ['replace', (s, args) => {
    const replacement = stringArg(args, 1);
    return s.replaceAll(stringArg(args, 0), () => replacement);
  }],
  ['replaceAll', (s, args) => javaReplace(s, stringArg(args, 0), stringArg(args, 1), true)],
  ['replaceFirst', (s, args) => javaReplace(s, stringArg(args, 0), stringArg(args, 1), false)],
  ['matches', (s, args) => javaMatches(s, stringArg(args, 0))],
  ['split', (s, args) => newList(javaSplit(s, stringArg(args, 0), optionalIntArg(args, 1, 0)))],
]);

function compareStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function javaHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}
