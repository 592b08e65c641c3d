import { css } from 'lit';

/*
 * Widths are the element's own (container queries on the host). Phone first: two tiles across
 * with the descriptions behind a disclosure; descriptions move into the tiles once a tile has room
 * for about 40 characters a line (688px: 43em at the default 16px), and the grid goes four across
 * once four such tiles fit. Container queries are in px, not em, in every widget: Chromium may
 * evaluate an em query before the host's own font size applies and keep the result, so the same
 * width gave either layout from one load to the next.
 */
export const styles = css`
  .base {
    padding: var(--sos-impact-stats-padding, var(--_space-m));
  }

  @container (min-width: 448px) {
    .base {
      padding: var(--sos-impact-stats-padding, var(--_space-l));
    }
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
    margin: var(--_space-s) 0 var(--_space-m);
  }

  .total .figure {
    font-size: var(--_font-size-display);
    line-height: 1.1;
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
    --_columns: 2;
    display: grid;
    grid-template-columns: repeat(var(--sos-impact-stats-columns, var(--_columns)), minmax(0, 1fr));
    gap: var(--sos-impact-stats-gap, var(--_space-s));
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Each tile spans four rows of the list's grid, so icons, facility lines, figures and
     descriptions line up across a row of tiles even when one of them wraps. */
  .programme {
    display: grid;
    grid-row: span 4;
    grid-template-rows: subgrid;
    row-gap: 0;
    align-content: start;
    margin: 0;
    padding: var(--_space-s) var(--_space-m) var(--_space-m);
    background: var(--_surface-muted);
    border-radius: var(--_radius-s);
  }

  .icon-wrap {
    display: inline-grid;
    place-items: center;
    inline-size: 2.5em;
    block-size: 2.5em;
    margin-block: var(--_space-xs) var(--_space-s);
    border-radius: 50%;
    background: var(--_surface);
    color: var(--_primary);
  }

  .icon {
    inline-size: 1.5em;
    block-size: 1.5em;
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
    margin: var(--_space-xs) 0 0;
    line-height: 1.3;
  }

  .people .figure {
    font-size: var(--_font-size-xl);
    line-height: 1.15;
  }

  .people-label {
    font-weight: var(--_font-weight-bold);
    overflow-wrap: anywhere;
    hyphens: auto;
  }

  .description {
    display: none;
    margin: var(--_space-s) 0 0;
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }

  .about {
    margin-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_border);
  }

  .about-summary {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
    min-block-size: 2.75em;
    padding-block-start: var(--_space-s);
    color: var(--_primary);
    font-weight: var(--_font-weight-bold);
    cursor: pointer;
    list-style: none;
  }

  .about-summary::-webkit-details-marker {
    display: none;
  }

  .chevron {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }

  .about[open] .chevron {
    transform: rotate(180deg);
  }

  .about-list {
    margin: var(--_space-s) 0 0;
    font-size: var(--_font-size-sm);
  }

  .about-list dt {
    font-weight: var(--_font-weight-bold);
  }

  .about-list dd {
    margin: 0 0 var(--_space-s);
    color: var(--_text-muted);
  }

  @container (min-width: 688px) {
    .description {
      display: block;
    }

    .about {
      display: none;
    }

    .programmes {
      gap: var(--sos-impact-stats-gap, var(--_space-m));
    }
  }

  @container (min-width: 1344px) {
    .programmes {
      --_columns: 4;
    }
  }

  /* list: one programme a row, the icon at the start once there is room for it */
  :host([layout='list']) .programmes {
    grid-template-columns: minmax(0, 1fr);
  }

  :host([layout='list']) .programme {
    grid-row: auto;
    grid-template-rows: none;
    grid-template-columns: minmax(0, 1fr);
    column-gap: var(--_space-m);
    padding-block-start: var(--_space-m);
  }

  :host([layout='list']) .icon-wrap {
    display: none;
  }

  :host([layout='list']) .description {
    display: block;
    max-inline-size: 65ch;
  }

  @container (min-width: 480px) {
    :host([layout='list']) .programme {
      grid-template-columns: auto minmax(0, 1fr);
    }

    :host([layout='list']) .icon-wrap {
      display: inline-grid;
      grid-row: span 3;
      margin: 0;
    }
  }

  /* compact and without descriptions: figures only, four across from a medium width */
  :host([layout='compact']) .programme {
    padding: var(--_space-s) var(--_space-m);
  }

  :host([layout='compact']) .icon-wrap {
    display: none;
  }

  :host([layout='compact']) .people .figure {
    font-size: var(--_font-size-lg);
  }

  @container (min-width: 640px) {
    :host([layout='compact']) .programmes,
    :host([hide-descriptions]:not([layout='list'])) .programmes {
      --_columns: 4;
    }
  }

  .skeleton-total {
    inline-size: 30%;
    block-size: 3em;
    margin: var(--_space-s) 0 var(--_space-m);
  }

  .skeleton-tiles {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    grid-auto-rows: minmax(9em, 1fr);
    gap: var(--_space-s);
    flex: 1;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space-m);
    margin-block-start: var(--_space-m);
  }

  .village-link {
    display: inline-block;
    padding-block: 0.25em;
    color: var(--_primary);
    font-weight: var(--_font-weight-bold);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .village-link:hover {
    color: var(--_primary-hover);
  }
`;
