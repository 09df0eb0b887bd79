/** Dark panels on dark pages: a dark class or attribute on html/body, else the system setting. */
export function pageIsDark(doc: Document): boolean {
  for (const element of [doc.documentElement, doc.body]) {
    if (!element) continue;
    const marker = `${element.className} ${element.getAttribute('data-theme') ?? ''} ${element.getAttribute('data-color-mode') ?? ''}`;
    if (/(^|[\s_-])dark($|[\s_-])/i.test(marker)) return true;
  }
  return doc.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches === true;
}
