/**
 * Resolves once the frame showing what was just rendered has been drawn (a task after the next
 * animation frame), or after 100 ms in a hidden page (which draws no frames): work that can wait
 * (the rest of the list, the levels of its rows) does not hold up the first screen.
 */
export const afterPaint = (): Promise<void> =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }, 0),
    );
  });
