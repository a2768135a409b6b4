/**
 * The comparable form of a name: lower case, no quotes or brackets, no leading article, one space
 * between words. "“Made in Wenzhou”" and "made in Wenzhou" compare equal.
 */
export function normaliseName(name: string): string {
  return name
    .toLowerCase()
    .replace(/[’']s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|a|an) /, '');
}

/** The slug of a name for an entity id: `wenzhou-jiading-science-and-technology-innovation-park`. */
export function slugOf(name: string, maxLength = 60): string {
  const ascii = normaliseName(name)
    .normalize('NFKD')
    .replace(/[^a-z0-9 ]/g, '')
    .trim();
  let slug = ascii.replace(/ +/g, '-');
  if (slug.length > maxLength) slug = slug.slice(0, maxLength).replace(/-[^-]*$/, '');
  return slug === '' ? 'unnamed' : slug;
}
