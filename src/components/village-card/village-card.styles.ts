import { css } from 'lit';

/*
 * The picture above the text, at 3:2. Side by side only from 760px of the card's own width, where
 * the picture keeps a 4:3 crop at the top of its column (never a sliver stretched to the text's
 * height). Chrome (place, name, figure, buttons) in the UI face; the summary and the appeal in the
 * article's.
 */
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
    aspect-ratio: 3 / 2;
    background: var(--_surface-muted);
  }

  .image {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    max-inline-size: none;
    object-fit: cover;
  }

  .credit {
    position: absolute;
    inset-inline-end: 0;
    inset-block-end: 0;
    margin: 0;
    padding: 0.125em 0.5em;
    background: rgb(0 0 0 / 0.62);
    color: #fff;
    font-family: var(--_font-ui);
    font-size: var(--_font-size-caption);
    line-height: 1.4;
  }

  .body {
    display: flex;
    flex-direction: column;
    align-items: stretch;
    gap: var(--_space-s);
    padding: var(--sos-village-card-padding, var(--_space-m));
  }

  .place {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    margin: 0;
    color: var(--_text-muted);
    font-family: var(--_font-ui);
    font-size: var(--_font-size-caption);
    font-weight: var(--_font-weight-bold);
    line-height: 1.4;
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

  .summary {
    margin: 0;
  }

  .total {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
    margin: 0;
    font-family: var(--_font-ui);
    font-size: var(--_font-size-ui);
    line-height: 1.3;
  }

  .total-figure {
    font-size: 1.75em;
    line-height: 1.15;
    font-weight: var(--_font-weight-bold);
    color: var(--_primary);
    font-variant-numeric: tabular-nums;
  }

  .total-label {
    color: var(--_text-muted);
    font-weight: var(--_font-weight-bold);
  }

  .appeal {
    margin: var(--_space-xs) 0 0;
    padding-inline-start: var(--_space-m);
    border-inline-start: 3px solid var(--_border);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    margin-block-start: var(--_space-xs);
  }

  .link {
    font-family: var(--_font-ui);
    font-size: var(--_font-size-ui);
    font-weight: var(--_font-weight-bold);
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .link:hover {
    color: var(--_primary-hover);
  }

  .note {
    margin: 0;
    font-family: var(--_font-ui);
    font-size: var(--_font-size-caption);
    line-height: 1.4;
    color: var(--_text-muted);
  }

  .source {
    margin: var(--_space-xs) 0 0;
  }

  .error-text {
    margin: 0;
    font-family: var(--_font-ui);
    font-size: var(--_font-size-ui);
  }

  /* The placeholder: the card's parts at their size, its fixed words drawn at once. */
  .status .layout {
    flex: 1;
    align-content: start;
  }

  .status > .base {
    gap: 0;
  }

  .status .name {
    display: block;
  }

  .skeleton-image {
    aspect-ratio: 3 / 2;
    border-radius: 0;
  }

  .skeleton-flag {
    inline-size: 2em;
    block-size: 1em;
    border-radius: 2px;
  }

  .skeleton-place {
    inline-size: 9em;
    margin: 0;
  }

  .status .place {
    block-size: 1.4em;
  }

  /* Inline shapes sit on their line of text (tokens draw every .skeleton as a block). */
  .skeleton-inline {
    display: inline-block;
  }

  .skeleton-name {
    --_lines: 2;
    inline-size: 75%;
  }

  @container (min-width: 530px) {
    .skeleton-name {
      --_lines: 1;
    }
  }

  .skeleton-figure {
    inline-size: 2em;
    margin: 0;
  }

  /* One bar a line of the article's leading, as many lines as the sample's summary takes. */
  .skeleton-lines {
    display: block;
    block-size: calc(var(--_lines, 5) * 1lh);
    background: repeating-linear-gradient(to bottom, transparent 0 0.25lh, var(--_skeleton) 0.25lh 0.8lh, transparent 0.8lh 1lh);
  }

  /* Lines of the sample's summary (demo/data/almaty.json) in each language. */
  .skeleton-summary {
    --_lines: 6;
  }

  :host(:lang(fr)) .skeleton-summary,
  :host(:lang(ru)) .skeleton-summary {
    --_lines: 7;
  }

  :host(:lang(kk)) .skeleton-summary {
    --_lines: 8;
  }

  @container (min-width: 530px) {
    .skeleton-summary,
    :host(:lang(fr)) .skeleton-summary,
    :host(:lang(ru)) .skeleton-summary,
    :host(:lang(kk)) .skeleton-summary {
      --_lines: 4;
    }
  }

  /* Lines of the sample's appeal (its default market) in each language. */
  .skeleton-appeal {
    --_p1: 4;
    --_p2: 3;
    display: block;
  }

  :host(:lang(en)) .skeleton-appeal {
    --_p2: 2;
  }

  @container (min-width: 530px) {
    .skeleton-appeal {
      --_p1: 2;
      --_p2: 2;
    }

    :host(:lang(en)) .skeleton-appeal {
      --_p2: 1;
    }
  }

  .skeleton-p1 {
    --_lines: var(--_p1);
    margin-block-end: var(--_space-s);
  }

  .skeleton-p2 {
    --_lines: var(--_p2);
  }

  .actions .button[aria-hidden],
  .actions [aria-hidden] .button {
    cursor: default;
  }

  /* Side by side where the picture keeps a sensible crop; after the stacked rules so it wins. */
  @container (min-width: 760px) {
    .layout {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      align-items: start;
    }

    .media,
    .skeleton-image {
      aspect-ratio: 4 / 3;
      margin: var(--_space-m);
      margin-inline-end: 0;
    }

    .body {
      padding-inline-start: var(--_space-l);
    }
  }
`;
