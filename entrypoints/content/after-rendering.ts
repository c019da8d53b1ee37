/** Resolves after the browser has rendered a frame (or soon, in a background tab that renders none). */
export function afterRendering(): Promise<void> {
  return new Promise((resolve) => {
    const done = () => setTimeout(resolve, 0);
    const timer = setTimeout(done, 100);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      done();
    });
  });
}
