/**
 * The play function every story shares: it waits until each widget in the story has reached the
 * state the story shows, on the widgets' own events and promises (`updateComplete`, `sos-load`,
 * `sos-error`), so the accessibility check that Storybook runs next sees the settled story, and the
 * story test knows when to look. A widget's state comes from `data-expect` on it (set by the state
 * grids) or from the story's tags: `expect-loading`, `expect-error`, else `ready`.
 */
type Widget = HTMLElement & { state?: string; updateComplete?: Promise<unknown> };

function reached(el: Widget, expected: string): Promise<void> {
  return new Promise((resolve) => {
    const check = async () => {
      await el.updateComplete;
      if (expected === 'loading' || el.state === expected || el.state === 'error' || el.state === 'ready') {
        el.removeEventListener('sos-load', onEvent);
        el.removeEventListener('sos-error', onEvent);
        resolve();
      }
    };
    // Widgets inside <sos-village> fire their own events, which bubble through it: only the element's own count.
    const onEvent = (event: Event) => void (event.target === el && check());
    el.addEventListener('sos-load', onEvent);
    el.addEventListener('sos-error', onEvent);
    void check();
  });
}

export async function settle({ canvasElement, tags }: { canvasElement: HTMLElement; tags: string[] }): Promise<void> {
  const story = tags.includes('expect-loading') ? 'loading' : tags.includes('expect-error') ? 'error' : 'ready';
  const widgets = [...canvasElement.querySelectorAll<Widget>('*')].filter((el) => el.localName.startsWith('sos-'));
  await Promise.all(widgets.map((el) => customElements.whenDefined(el.localName)));
  await Promise.all(
    widgets.map((el) => reached(el, el.closest<HTMLElement>('[data-expect]')?.dataset.expect ?? story)),
  );
}
