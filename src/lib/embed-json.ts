/**
 * JSON that is safe to put inside a <script type="application/json"> block or an HTML attribute.
 * JSON.stringify leaves "<", ">" and "&" as they are, so a commune name containing "</script>" would end
 * the block early; U+2028/U+2029 are valid in JSON but end a line in older JavaScript engines. Each is
 * written as a \u escape, which JSON.parse turns back into the same text.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function embedJson(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
