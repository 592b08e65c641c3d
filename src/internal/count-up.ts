/**
 * Counts a widget's figures up once, the first time they scroll into view. Never under
 * `prefers-reduced-motion`, never without IntersectionObserver, and only on what sighted
 * readers see: the markup always carries the final figure for assistive technology.
 */
import type { ReactiveController, ReactiveElement } from 'lit';

const DURATION = 1200;

export class CountUpController implements ReactiveController {
  /** 0 → 1 while counting; 1 when done or when there is nothing to animate. */
  progress = 1;
  private observer?: IntersectionObserver;
  private frame = 0;
  private armed = false;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.progress = 1;
  }

  /**
   * Call before the figures are first rendered (in `willUpdate`); counting starts when they
   * scroll into view.
   */
  arm(): void {
    if (this.armed || typeof IntersectionObserver === 'undefined') return;
    this.armed = true;
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    this.progress = 0;
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.start();
    });
    this.observer.observe(this.host);
  }

  /** The figure to show now for a final `value`. */
  value(value: number): number {
    return this.progress >= 1 ? value : Math.round(value * (1 - Math.pow(1 - this.progress, 3)));
  }

  private start(): void {
    this.observer?.disconnect();
    const began = performance.now();
    const tick = (now: number) => {
      this.progress = Math.min(1, (now - began) / DURATION);
      this.host.requestUpdate();
      if (this.progress < 1) this.frame = requestAnimationFrame(tick);
    };
    this.frame = requestAnimationFrame(tick);
  }
}
