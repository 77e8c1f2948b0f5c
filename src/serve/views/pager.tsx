// Newer/older links under a listing; a link is left out where there is no page to go to.
import type { Ui } from '../i18n/index.js';

export function Pager({ ui, page, prevHref, nextHref }: { ui: Ui; page: number; prevHref: string | null; nextHref: string | null }) {
  if (!prevHref && !nextHref) return null;
  return (
    <nav class="pager" aria-label={ui.msg.pageOf(page)}>
      {prevHref ? (
        <a href={prevHref} rel="prev">
          {ui.msg.newer}
        </a>
      ) : (
        <span />
      )}
      <span>{ui.msg.pageOf(page)}</span>
      {nextHref ? (
        <a href={nextHref} rel="next">
          {ui.msg.older}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
