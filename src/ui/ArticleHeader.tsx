/** Title, byline, date in the reader's locale, site, reading time and the lead image. */
import type { Article } from '../core/types';
import { formatDate, hostOf, isWebUrl, readingTime } from './format';

/** True when the article body already shows the lead image (Readability usually keeps it). */
function bodyHasImage(html: string, src: string): boolean {
  let file: string;
  try {
    file = new URL(src).pathname.split('/').pop() ?? '';
  } catch {
    return false;
  }
  return file.length > 3 && html.includes(file);
}

export function ArticleHeader({ article, url }: { article: Article; url: string }) {
  const date = formatDate(article.published);
  const site = article.siteName ?? hostOf(url);
  const lead = article.leadImage;
  const showLead = lead && isWebUrl(lead.src) && !bodyHasImage(article.html, lead.src);
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
          <img src={lead.src} alt={lead.alt} referrerpolicy="no-referrer" decoding="async" />
          {lead.caption && <figcaption>{lead.caption}</figcaption>}
        </figure>
      )}
    </header>
  );
}
