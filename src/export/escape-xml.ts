// Characters XML 1.0 cannot hold at all, not even as references: C0 controls other than tab, LF and
// CR, lone surrogates, U+FFFE and U+FFFF. They are dropped rather than written into an unreadable file.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without the characters XML 1.0 cannot hold (for writers that escape the rest themselves). */
export function dropNonXmlCharacters(value: string): string {
  return value.replace(NOT_XML, '');
}

/**
 * Escapes text for an XML element's content: `&`, `<` and `>` become references, and so does a
 * carriage return, which a parser would otherwise turn into a line feed. Characters XML cannot hold
 * are dropped.
 */
export function escapeXmlText(value: string): string {
  return dropNonXmlCharacters(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * Escapes text for a double- or single-quoted XML attribute value. Besides what `escapeXmlText` does,
 * quotes become references, and so do tab and line feed, which a parser would otherwise turn into
 * spaces.
 */
export function escapeXmlAttribute(value: string): string {
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}
