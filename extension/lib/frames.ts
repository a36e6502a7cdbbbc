// Frames of another origin that may hold the form: the content script of the top page cannot
// read them, so the panel asks whether the user has granted their origin.

/** The visible iframes of `doc` that this page's script cannot read, each with its http(s) origin. */
export function foreignFrames(doc: Document): { frame: HTMLIFrameElement; origin: string }[] {
  const out: { frame: HTMLIFrameElement; origin: string }[] = [];
  for (const frame of doc.querySelectorAll('iframe')) {
    let readable = false;
    try {
      readable = frame.contentDocument !== null;
    } catch {
      readable = false;
    }
    if (readable) continue;
    const r = frame.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    let url: URL;
    try {
      url = new URL(frame.getAttribute('src') ?? '', doc.baseURI);
    } catch {
      continue;
    }
    if (/^https?:$/.test(url.protocol) && url.origin !== doc.location?.origin) out.push({ frame, origin: url.origin });
  }
  return out;
}

/** The http(s) origins of visible iframes of `doc` that this page's script cannot read (no duplicates). */
export function foreignFrameOrigins(doc: Document): string[] {
  return [...new Set(foreignFrames(doc).map((f) => f.origin))];
}
