import { css } from 'lit';

export const styles = css`
  /* No pictures and no fallback: nothing to see, so no space and no margins either. */
  :host([empty]) {
    display: none !important;
  }

  .figure {
    margin: 0;
  }

  /* The frame holds its shape before the picture arrives; the picture is cropped to it. */
  .frame,
  .skeleton-frame {
    aspect-ratio: var(--_aspect, 3 / 2);
    border-radius: var(--sos-village-media-radius, var(--_radius));
  }

  .frame {
    overflow: hidden;
    background: var(--_surface-muted);
  }

  .image {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    object-fit: cover;
  }

  .figcaption {
    max-inline-size: 70ch;
    margin-block-start: var(--_space-s);
    font-size: var(--_font-size-sm);
    line-height: 1.45;
    color: var(--_text);
  }

  .credit {
    font-size: 0.875em;
    color: var(--_text-muted);
  }

  /* Every slide in one grid cell: the gallery is as tall as its tallest caption, so nothing
     below it moves from one picture to the next. Only the current one is seen. */
  .slides {
    display: grid;
  }

  .slide {
    grid-area: 1 / 1;
    min-inline-size: 0;
    visibility: hidden;
    opacity: 0;
  }

  .slide--current {
    visibility: visible;
    opacity: 1;
    transition: opacity 180ms ease-out;
  }

  @media (prefers-reduced-motion: reduce) {
    .slide--current {
      transition: none;
    }
  }

  .controls {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-m);
    margin-block-start: var(--_space-s);
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_border);
  }

  .position {
    margin: 0;
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-bold);
    font-variant-numeric: tabular-nums;
    color: var(--_text-muted);
  }

  .buttons {
    display: flex;
    flex: none;
    gap: var(--_space-s);
  }

  .nav {
    display: inline-grid;
    place-items: center;
    inline-size: 2.75em; /* 44px at the default size, never under 24px */
    block-size: 2.75em;
    min-inline-size: 24px;
    min-block-size: 24px;
    margin: 0;
    padding: 0;
    border: 2px solid var(--_primary);
    border-radius: var(--sos-button-radius, 999px);
    background: transparent;
    color: var(--_primary);
    font: inherit;
    cursor: pointer;
    transition:
      background-color 120ms ease,
      border-color 120ms ease,
      color 120ms ease;
  }

  .nav:hover {
    border-color: var(--_primary-hover);
    background: var(--_surface-muted);
    color: var(--_primary-hover);
  }

  .nav:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .nav-icon {
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  .nav-icon:dir(rtl) {
    transform: scaleX(-1);
  }

  @media (prefers-reduced-motion: reduce) {
    .nav {
      transition: none;
    }
  }

  .skeleton-caption {
    inline-size: 70%;
    block-size: 1em;
  }
`;
