const SHORT: Readonly<Record<number, string>> = {
  0x08: '\\b', 0x09: '\\t', 0x0a: '\\n', 0x0c: '\\f', 0x0d: '\\r',
  0x22: '\\"', 0x27: "\\'", 0x2f: '\\/', 0x5c: '\\\\',
};

/**
 * commons-lang 2.6 StringEscapeUtils.escapeJavaScript, which AWS's $util.escapeJavaScript uses:
 * quotes, backslash and `/` are backslash-escaped, control characters use short escapes or \u00XX,
 * and every UTF-16 unit above 0x7F becomes \uXXXX with upper-case hex.
 */
export function escapeJavaScript(text: string): string {
  let out = '';
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let replacement: string | undefined;
    if (code > 0x7f || code < 0x20) {
      replacement = SHORT[code] ?? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
    } else {
      replacement = SHORT[code];
    }
    if (replacement === undefined) continue;
    out += text.slice(start, i) + replacement;
    start = i + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}
