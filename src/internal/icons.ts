import { html } from 'lit';

/** A forward arrow for links that lead away; mirrored in right-to-left text. */
export const arrowIcon = html`<svg
  class="arrow"
  viewBox="0 0 16 16"
  fill="none"
  stroke="currentColor"
  stroke-width="2"
  stroke-linecap="round"
  stroke-linejoin="round"
  aria-hidden="true"
  focusable="false"
>
  <path d="M3 8h10M9 4l4 4-4 4" />
</svg>`;
