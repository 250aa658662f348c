/** `Misión Verdad` → `mision-verdad`: ASCII, lowercase, hyphen-separated, at most 120 characters. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{Mark}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
}

export const slugPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
