import { type ComponentType, h } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';

/**
 * A module loaded once, on first call: the panel starts loading what the list does not need (the
 * editor, the portal actions, rubric-core's evaluation) as it opens, without waiting for it.
 */
export function loader<T>(load: () => Promise<T>): { (): Promise<T>; loaded: () => T | null } {
  let promise: Promise<T> | null = null;
  let value: T | null = null;
  const get = () => {
    promise ??= load().then((m) => {
      value = m;
      return m;
    });
    return promise;
  };
  return Object.assign(get, { loaded: () => value });
}

/** The loader's module: null until it is loaded (the component renders again then). */
export function useLoaded<T>(load: { (): Promise<T>; loaded: () => T | null }): T | null {
  const [value, setValue] = useState<T | null>(load.loaded);
  // Subscribed in the render's commit: an effect would wait for a painted frame.
  useLayoutEffect(() => {
    if (value !== null) return;
    let live = true;
    void load().then((m) => live && setValue(() => m));
    return () => {
      live = false;
    };
  }, []);
  return value;
}

/** A component of a module loaded later: renders nothing until its module is loaded. */
export function lazy<P extends object, M>(
  load: { (): Promise<M>; loaded: () => M | null },
  pick: (m: M) => ComponentType<P>,
): ComponentType<P> {
  return function Lazy(props: P) {
    const m = useLoaded(load);
    return m === null ? null : h(pick(m), props);
  };
}
