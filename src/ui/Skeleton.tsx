/** Loading state: the shape of an article in grey, so the popup is never blank while the page is read. */
export function Skeleton() {
  return (
    <main class="lede-main lede-skeleton" aria-busy="true">
      <p role="status" class="lede-visually-hidden">
        Reading the page…
      </p>
      <div class="lede-sk lede-sk-title" />
      <div class="lede-sk lede-sk-meta" />
      {[92, 100, 96, 60, 98, 94, 100, 72].map((w, i) => (
        <div key={i} class="lede-sk lede-sk-line" style={{ width: `${w}%` }} />
      ))}
    </main>
  );
}
