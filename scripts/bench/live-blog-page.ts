/**
 * A long "live blog" from a Wikipedia article: the article body (the `mw-parser-output` block) repeated
 * `copies` times in place, the rest of the page (navigation, scripts, footer) kept once.
 */
export function liveBlogPage(html: string, copies: number): string {
  const open = '<div class="mw-parser-output">';
  const start = html.indexOf(open);
  const end = start < 0 ? -1 : html.indexOf('</div><noscript>', start);
  if (start < 0 || end < 0) throw new Error('live blog: no mw-parser-output block in the source page');
  const body = html.slice(start, end + '</div>'.length);
  return html.slice(0, start) + body.repeat(copies) + html.slice(end + '</div>'.length);
}
