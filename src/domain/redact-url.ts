// Hides the password of a database URL before the URL appears in any message, log or error.

/** `postgres://user:secret@host/db` -> `postgres://user:***@host/db`; anything else unchanged. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
}

/** Also removes the password wherever else it appears in a text (a driver may echo it). */
export function redactSecrets(text: string, url: string): string {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^:/@]*:([^@/]*)@/i.exec(url);
  let redacted = text.replaceAll(url, redactUrl(url));
  const password = match?.[1];
  if (password) {
    redacted = redacted.replaceAll(password, '***');
    const decoded = safeDecode(password);
    if (decoded !== password && decoded !== '') redacted = redacted.replaceAll(decoded, '***');
  }
  return redacted;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
