import { css } from 'lit';

export const styles = css`
  .base {
    overflow: hidden;
  }

  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }

  .media {
    position: relative;
    margin: 0;
    background: var(--_surface-muted);
  }

  .image {
    display: block;
    inline-size: 100%;
    block-size: auto;
    max-inline-size: none;
    object-fit: cover;
  }

  .credit {
    position: absolute;
    inset-inline-end: 0;
    inset-block-end: 0;
    margin: 0;
    padding: 0.125em 0.5em;
    border-start-start-radius: var(--_radius-s);
    background: rgb(0 0 0 / 0.62);
    color: #fff;
    font-size: 0.75em;
  }

  .body {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--sos-village-card-padding, var(--_space-l));
  }

  .place {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-bold);
  }

  .flag {
    display: inline-grid;
    place-items: center;
    flex: none;
    inline-size: 2em;
    block-size: 1em;
    overflow: hidden;
    border-radius: 2px;
    box-shadow: 0 0 0 1px rgb(0 0 0 / 0.12);
    background: var(--_surface-muted);
    color: var(--_text);
    font-size: 1em;
    line-height: 1;
  }

  .flag svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }

  .flag-code {
    font-size: 0.625em;
    letter-spacing: 0.04em;
  }

  .name {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: var(--_font-size-xl);
    font-weight: var(--_font-weight-bold);
    line-height: 1.2;
    color: var(--_text);
  }

  .summary {
    margin: 0;
    color: var(--_text-muted);
  }

  .total {
    display: flex;
    align-items: baseline;
    gap: var(--_space-s);
    margin: var(--_space-xs) 0;
  }

  .total-figure {
    font-size: var(--_font-size-xl);
    font-weight: var(--_font-weight-bold);
    color: var(--_primary);
    font-variant-numeric: tabular-nums;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    margin-block-start: var(--_space-s);
  }

  .link {
    color: var(--_primary);
    font-weight: var(--_font-weight-bold);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .link:hover {
    color: var(--_primary-hover);
  }

  .note {
    margin: 0;
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }

  /* The placeholder draws the card's parts at their size: picture, place, name, summary lines,
     figure, appeal lines and the button; what the held height leaves over stays blank. */
  .status .layout {
    flex: 1;
    grid-template-rows: auto minmax(0, 1fr);
  }

  .skeleton-image {
    aspect-ratio: 3 / 2;
    border-radius: 0;
  }

  .skeleton-line {
    block-size: 1em;
    inline-size: 45%;
  }

  .skeleton-title {
    block-size: 1.75em;
    inline-size: 75%;
  }

  .skeleton-text {
    block-size: 0.9em;
    margin-block: 0.2em;
  }

  .skeleton-text:nth-of-type(4n + 1) {
    inline-size: 92%;
  }

  .skeleton-text:nth-of-type(4n + 2) {
    inline-size: 70%;
  }

  .skeleton-figure {
    block-size: 2em;
    inline-size: 35%;
    margin-block: var(--_space-s);
  }

  .skeleton-pill {
    block-size: 2.75em;
    inline-size: 11em;
    max-inline-size: 100%;
    margin-block-start: var(--_space-s);
    border-radius: var(--sos-button-radius, 999px);
  }

  /* Side by side when there is room; after the stacked rules so it wins. */
  @container (min-width: 608px) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    }

    .media {
      min-block-size: 14em;
    }

    .image {
      position: absolute;
      inset: 0;
      block-size: 100%;
    }

    .skeleton-image {
      aspect-ratio: auto;
      block-size: 100%;
    }
  }
`;
