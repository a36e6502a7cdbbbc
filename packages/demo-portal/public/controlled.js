// Behaves like a controlled input of React 18/19 (written without React, so that the pages need
// no bundle): the component's state is the truth. React keeps a "value tracker" on each node:
// the node's own `value` setter records what it wrote, and an input/change event whose value
// equals the tracked one is ignored. Only a write through the prototype's setter followed by an
// input event reaches the state. Every render writes the state back into the node.
window.controlled = function controlled(el, read, write, rerender) {
  const desc = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(el), 'value');
  let tracked = String(read());
  Object.defineProperty(el, 'value', {
    configurable: true,
    get() {
      return desc.get.call(this);
    },
    set(v) {
      tracked = String(v);
      desc.set.call(this, v);
    },
  });
  const onEvent = () => {
    const now = desc.get.call(el);
    if (now === tracked) return;
    tracked = now;
    write(now);
    rerender();
  };
  el.addEventListener(el.localName === 'select' ? 'change' : 'input', onEvent);
  el.value = String(read());
  // The render step: the node shows the state (a refused or clamped value springs back).
  return () => {
    if (desc.get.call(el) !== String(read())) el.value = String(read());
  };
};
