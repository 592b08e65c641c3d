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
    border-radius: var(--sos-village-media-radius, 0);
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

  /* A caption as an article sets one: small, muted, in the UI face, under the picture. */
  .figcaption {
    display: block;
    max-inline-size: 70ch;
    margin-block-start: var(--_space-xs);
    font-family: var(--_font-ui);
    font-size: var(--_font-size-caption);
    line-height: 1.4;
    color: var(--_text-muted);
    /* Room for a caption of a few lines, kept while the data loads and from picture to picture. */
    min-block-size: 3lh;
  }

  @container (min-width: 420px) {
    .figcaption {
      min-block-size: 2lh;
    }
  }

  .credit {
    font-size: 0.9em;
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

  /* The source line, and the gallery's controls at its end: one compact row. */
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-xs) var(--_space-m);
    margin-block-start: var(--_space-s);
  }

  .bar > .source,
  .base > .source {
    margin: 0;
  }

  .base > .source {
    margin-block-start: var(--_space-s);
  }

  .controls {
    display: flex;
    flex: none;
    align-items: center;
    gap: var(--_space-xs);
    margin-inline-start: auto;
  }

  .position {
    margin: 0 var(--_space-xs) 0 0;
    font-family: var(--_font-ui);
    font-size: var(--_font-size-caption);
    line-height: 1.4;
    font-variant-numeric: tabular-nums;
    color: var(--_text-muted);
  }

  /* Small square buttons with a hairline: 32px, over the 24px minimum target. */
  .nav {
    display: inline-grid;
    place-items: center;
    inline-size: 32px;
    block-size: 32px;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--sos-village-media-radius, 0);
    background: transparent;
    color: var(--_text);
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
    inline-size: 16px;
    block-size: 16px;
  }

  .nav-icon:dir(rtl) {
    transform: scaleX(-1);
  }

  @media (prefers-reduced-motion: reduce) {
    .nav {
      transition: none;
    }
  }

  /* The placeholder: the frame, two caption lines, the source line and the buttons. */
  .status > .base {
    display: block;
  }

  .skeleton-figure .skeleton-frame {
    display: block;
  }

  .skeleton-line {
    display: flex;
    align-items: center;
    block-size: 1lh;
  }

  .skeleton-line > .skeleton {
    inline-size: 100%;
    block-size: 0.8em;
  }

  .skeleton-line--end > .skeleton {
    inline-size: 55%;
  }

  .skeleton-position {
    display: inline-block;
    inline-size: 3em;
    block-size: 0.8em;
    vertical-align: middle;
  }

  .source .skeleton-inline {
    display: inline-block;
  }

  .status .nav {
    cursor: default;
    color: var(--_text-muted);
  }
`;
