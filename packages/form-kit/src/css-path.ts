/** A CSS path that finds `el` again: a unique id, else tag:nth-of-type steps up to one. */
export function cssPath(el: Element): string {
  const doc = el.ownerDocument;
  const steps: string[] = [];
  let node: Element | null = el;
  while (node && node.localName !== 'html') {
    if (node.id && doc.querySelectorAll(`#${CSS.escape(node.id)}`).length === 1) {
      steps.unshift(`#${CSS.escape(node.id)}`);
      break;
    }
    const parent: Element | null = node.parentElement;
    const tag = node.localName;
    const same = parent ? [...parent.children].filter((c) => c.localName === tag) : [node];
    steps.unshift(same.length > 1 ? `${tag}:nth-of-type(${same.indexOf(node) + 1})` : tag);
    node = parent;
  }
  return steps.join(' > ');
}
