// Checks a page in the browser for the reader-site quality rules: landmarks, one h1 and no skipped heading level, alt text,
// labelled controls and named links, text contrast (WCAG AA), keyboard skip link, page weight and layout shift.
import type { Page } from 'playwright-core';

export interface QualityReport {
  problems: string[];
  /** Cumulative layout shift measured by the browser. */
  layoutShift: number;
}

/** Runs in the page (passed as a string: the project compiles without the DOM typings). */
const AUDIT = `(() => {
  const problems = [];
  const q = (s) => [...document.querySelectorAll(s)];
  if (!document.documentElement.lang) problems.push('html has no lang');
  for (const landmark of ['header', 'nav', 'main', 'footer']) if (q(landmark).length === 0) problems.push('no <' + landmark + '> landmark');
  if (q('h1').length !== 1) problems.push(q('h1').length + ' h1 elements');
  let last = 0;
  for (const h of q('h1, h2, h3, h4, h5, h6')) {
    const level = Number(h.tagName[1]);
    if (last && level > last + 1) problems.push('heading level jumps from h' + last + ' to h' + level + ': ' + h.textContent.trim().slice(0, 40));
    last = level;
  }
  for (const img of q('img')) if (!img.hasAttribute('alt')) problems.push('img without alt: ' + img.src);
  for (const control of q('input:not([type=hidden]), select, textarea')) {
    const labelled = (control.id && document.querySelector('label[for="' + control.id + '"]')) || control.getAttribute('aria-label') || control.closest('label');
    if (!labelled) problems.push('control without label: ' + (control.name || control.id));
  }
  for (const a of q('a[href]')) if (!(a.textContent.trim() || a.getAttribute('aria-label') || a.querySelector('img[alt]:not([alt=""])'))) problems.push('link without a name: ' + a.href);
  const parse = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null; const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
  const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
  const background = (el) => { for (let e = el; e; e = e.parentElement) { const c = parse(getComputedStyle(e).backgroundColor); if (c && c.a > 0.9) return c; } return { r: 255, g: 255, b: 255, a: 1 }; };
  const seen = new Set();
  for (const el of q('body *')) {
    const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!own || el.closest('.visually-hidden, .skip-link')) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const fg = parse(style.color); if (!fg) continue;
    const bg = background(el);
    const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const size = parseFloat(style.fontSize); const bold = Number(style.fontWeight) >= 700;
    const needed = size >= 24 || (size >= 18.66 && bold) ? 3 : 4.5;
    const key = el.className + ' ' + el.tagName;
    if (ratio < needed && !seen.has(key)) { seen.add(key); problems.push('contrast ' + ratio.toFixed(2) + ' < ' + needed + ' on ' + el.tagName.toLowerCase() + '.' + el.className + ': ' + el.textContent.trim().slice(0, 30)); }
  }
  return problems;
})()`;

const LAYOUT_SHIFT = `new Promise((resolve) => {
  let total = 0;
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value; }).observe({ type: 'layout-shift', buffered: true });
  setTimeout(() => resolve(total), 200);
})`;

export async function checkPageQuality(page: Page): Promise<QualityReport> {
  const problems = await page.evaluate<string[]>(AUDIT);
  const layoutShift = await page.evaluate<number>(LAYOUT_SHIFT);
  if (layoutShift > 0.01) problems.push(`layout shift ${layoutShift.toFixed(3)}`);
  return { problems, layoutShift };
}

/** Keyboard: the first Tab reaches the skip link, and following it moves focus to the main content. */
export async function checkSkipLink(page: Page): Promise<string[]> {
  await page.keyboard.press('Tab');
  const first = await page.evaluate<string>('document.activeElement && document.activeElement.className');
  if (first !== 'skip-link') return [`first Tab focuses "${first}", not the skip link`];
  await page.keyboard.press('Enter');
  const focused = await page.evaluate<string>('document.activeElement && document.activeElement.id');
  return focused === 'main' ? [] : [`the skip link moves focus to "${focused}", not main`];
}

/** Bytes of everything but pictures that the page loaded (HTML, CSS, icon), fetched again to count exactly. */
export async function measurePageWeight(page: Page): Promise<number> {
  const urls = await page.evaluate<string[]>(
    `[location.href, ...[...document.querySelectorAll('link[rel=stylesheet], link[rel=icon]')].map((l) => l.href)]`,
  );
  let total = 0;
  for (const url of urls) total += (await (await page.request.get(url)).body()).length;
  return total;
}
