// Only web addresses become links: a stored `javascript:` or `data:` URL must never be clickable.

/** The URL, normalised, when it is http(s); null otherwise. */
export function toSafeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
