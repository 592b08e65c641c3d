import { css } from 'lit';

export const styles = css`
  :host {
    --_placeholder-block-size: 24em;
  }

  .base {
    padding: var(--sos-impact-stats-padding, var(--_space-l));
  }

  .eyebrow {
    margin: 0;
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-bold);
  }

  .total {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
    margin: var(--_space-m) 0 var(--_space-l);
  }

  .total .figure {
    font-size: var(--_font-size-display);
    line-height: 1;
  }

  .total-label {
    font-size: var(--_font-size-lg);
    color: var(--_text-muted);
  }

  .figure {
    font-weight: var(--_font-weight-bold);
    color: var(--_primary);
    font-variant-numeric: tabular-nums;
  }

  .programmes {
    --_columns: 1;
    display: grid;
    grid-template-columns: repeat(var(--sos-impact-stats-columns, var(--_columns)), minmax(0, 1fr));
    gap: var(--sos-impact-stats-gap, var(--_space-m));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  @container (min-width: 28em) {
    .programmes {
      --_columns: 2;
    }
  }

  @container (min-width: 52em) {
    .programmes {
      --_columns: 4;
    }
  }

  .programme {
    display: flex;
    flex-direction: column;
    gap: var(--_space-xs);
    margin: 0;
    padding: var(--_space-m);
    background: var(--_surface-muted);
    border-radius: var(--_radius-s);
  }

  .icon-wrap {
    display: inline-grid;
    place-items: center;
    inline-size: 3em;
    block-size: 3em;
    margin-block-end: var(--_space-s);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_primary);
    flex: none;
  }

  .icon {
    inline-size: 1.75em;
    block-size: 1.75em;
  }

  .facilities {
    margin: 0;
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-bold);
    color: var(--_text-muted);
  }

  .people {
    display: flex;
    flex-direction: column;
    margin: 0;
  }

  .people .figure {
    font-size: var(--_font-size-xl);
    line-height: 1.15;
  }

  .people-label {
    font-weight: var(--_font-weight-bold);
  }

  .description {
    margin: var(--_space-s) 0 0;
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }

  /* list: one programme a row, icon at the start */
  :host([layout='list']) .programmes {
    grid-template-columns: minmax(0, 1fr);
  }

  :host([layout='list']) .programme {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    column-gap: var(--_space-m);
    align-items: start;
  }

  :host([layout='list']) .icon-wrap {
    grid-row: span 3;
    margin: 0;
  }

  /* compact: figures only, tight */
  :host([layout='compact']) .base {
    padding: var(--_space-m);
  }

  :host([layout='compact']) .total {
    margin: var(--_space-s) 0 var(--_space-m);
  }

  :host([layout='compact']) .total .figure {
    font-size: var(--_font-size-xl);
  }

  :host([layout='compact']) .programme {
    padding: var(--_space-s) var(--_space-m);
  }

  :host([layout='compact']) .icon-wrap,
  :host([layout='compact']) .description {
    display: none;
  }

  :host([layout='compact']) .people .figure {
    font-size: var(--_font-size-lg);
  }

  .skeleton-heading {
    inline-size: 40%;
    block-size: 1.5em;
  }

  .skeleton-total {
    inline-size: 30%;
    block-size: 3em;
    margin: var(--_space-m) 0 var(--_space-l);
  }

  .skeleton-tiles {
    display: grid;
    grid-template-columns: repeat(var(--sos-impact-stats-columns, var(--_columns, 1)), minmax(0, 1fr));
    gap: var(--_space-m);
  }

  .skeleton-tile {
    block-size: 12em;
  }
`;
