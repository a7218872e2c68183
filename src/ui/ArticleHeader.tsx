/** Title, byline, date in the reader's locale, site, reading time and the lead image. */
import { useState } from 'preact/hooks';
import type { Article } from '../core/types';
import { formatDate, hostOf, isWebUrl, readingTime } from './format';

/**
 * True when the article body already shows the lead image (Readability usually keeps it). Compared by file
 * name without extension or size suffix: sites serve the same picture as .jpg to og:image and .webp inline.
 */
function bodyHasImage(html: string, src: string): boolean {
  let stem: string;
  try {
    stem = (new URL(src).pathname.split('/').pop() ?? '').replace(/(-\d+x\d+)?\.[a-z0-9]+$/i, '');
  } catch {
    return false;
  }
  return stem.length > 3 && html.includes(stem);
}

export function ArticleHeader({ article, url }: { article: Article; url: string }) {
  const date = formatDate(article.published);
  const site = article.siteName ?? hostOf(url);
  const lead = article.leadImage;
  const [broken, setBroken] = useState(false);
  const showLead = lead && !broken && isWebUrl(lead.src) && !bodyHasImage(article.html, lead.src);
  return (
    <header class="lede-header">
      {site && <p class="lede-site">{site}</p>}
      <h1 class="lede-title" id="lede-title">
        {article.title}
      </h1>
      <p class="lede-meta">
        {article.byline && <span class="lede-byline">{article.byline}</span>}
        {date && article.published && (
          <time class="lede-date" dateTime={article.published}>
            {date}
          </time>
        )}
        <span class="lede-time">{readingTime(article.readingMinutes)}</span>
      </p>
      {showLead && (
        <figure class="lede-lead">
          <img
            src={lead.src}
            alt={lead.alt}
            referrerpolicy="no-referrer"
            decoding="async"
            onError={() => setBroken(true)}
          />
          {lead.caption && <figcaption>{lead.caption}</figcaption>}
        </figure>
      )}
    </header>
  );
}
