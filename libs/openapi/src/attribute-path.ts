/**
 * JSON-pointer tokens -> the attribute path AWS prints in import messages, e.g.
 * `['paths', '/users', 'get', 'responses', '200']` -> `paths.'/users'(get).responses.200`.
 */
export function attributePath(tokens: readonly string[]): string {
  if (tokens[0] === 'paths' && tokens.length >= 2) {
    const head = `paths.'${tokens[1]}'${tokens.length >= 3 ? `(${tokens[2]})` : ''}`;
    return [head, ...tokens.slice(3)].join('.');
  }
  return tokens.join('.');
}

/** `/paths/~1users/get` -> `['paths', '/users', 'get']`. */
export function pointerTokens(pointer: string): string[] {
  return pointer.split('/').slice(1).map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}
