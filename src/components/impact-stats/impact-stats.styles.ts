import { css } from 'lit';

/*
 * Widths are the element's own (container queries on the host, in px: Chromium may evaluate an em
 * query before the host's own font size applies). Each programme leads with its figure and label,
 * the facilities a line under them; on a phone the descriptions wait behind one disclosure, and
 * from 530px (an article's column) each sits beside its programme's figures.
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
    display: block;
    margin: 0 0 var(--_space-xs);
    color: var(--_text-muted);
    font-family: var(--_font-ui);
    font-size: var(--_font-size-caption);
    font-weight: var(--_font-weight-bold);
    line-height: 1.4;
  }

  .heading {
    display: block;
  }

  .total {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0 var(--_space-s);
    margin: var(--_space-s) 0 var(--_space-m);
    font-family: var(--_font-ui);
    font-size: var(--_font-size-ui);
    line-height: 1.3;
  }

  .total .figure {
    font-size: 2.5em;
    line-height: 1.1;
  }

  .total-label {
    font-weight: var(--_font-weight-bold);
    color: var(--_text-muted);
  }

  .figure {
    font-family: var(--_font-ui);
    font-weight: var(--_font-weight-bold);
    color: var(--_primary);
    font-variant-numeric: tabular-nums;
  }

  /* One programme a row at every width, between hairlines: its figure in a column of its own
     (as wide as the widest figure, so they line up), the label and the facilities beside it; from
     530px what the programme does in a third column. A label's long word (Kazakh, Russian) always
     has the row's width, never a half tile's. */
  .programmes {
    --_columns: 1;
    display: grid;
    grid-template-columns: repeat(var(--sos-impact-stats-columns, var(--_columns)), auto minmax(0, 1fr));
    column-gap: var(--sos-impact-stats-gap, var(--_space-m));
    margin: 0;
    padding: 0;
    list-style: none;
    border-block-start: 1px solid var(--_border);
  }

  .programme {
    display: grid;
    grid-column: auto / span 2;
    grid-template-columns: subgrid;
    grid-template-areas: 'figure label' 'figure facilities';
    align-items: baseline;
    align-content: start;
    margin: 0;
    padding: 0.75em 0;
    border-block-end: 1px solid var(--_border);
  }

  .people {
    display: contents;
  }

  .people .figure {
    grid-area: figure;
    font-size: calc(1.75 * var(--_font-size-ui));
    line-height: 1.1;
    text-align: end;
  }

  .people-label {
    grid-area: label;
    font-family: var(--_font-ui);
    font-size: var(--_font-size-ui);
    font-weight: var(--_font-weight-bold);
    line-height: 1.3;
    color: var(--_text);
  }

  .facilities {
    grid-area: facilities;
    display: flex;
    align-items: flex-start;
    gap: 0.35em;
    margin: var(--_space-xs) 0 0;
    font-family: var(--_font-ui);
    font-size: var(--_font-size-caption);
    line-height: 1.4;
    color: var(--_text-muted);
  }

  .icon-wrap {
    display: inline-flex;
    flex: none;
    color: var(--_primary);
  }

  .icon {
    inline-size: 1.4em;
    block-size: 1.4em;
  }

  .description {
    display: none;
    grid-area: description;
    margin: 0;
  }

  .about {
    display: block;
    border-block-end: 1px solid var(--_border);
  }

  .about-summary {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-s);
    min-block-size: 44px;
    color: var(--_primary);
    font-family: var(--_font-ui);
    font-size: var(--_font-size-ui);
    font-weight: var(--_font-weight-bold);
    line-height: 1.3;
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
    margin: 0 0 var(--_space-s);
  }

  .about-list dt {
    font-family: var(--_font-ui);
    font-size: var(--_font-size-ui);
    font-weight: var(--_font-weight-bold);
  }

  .about-list dd {
    margin: 0 0 var(--_space-s);
  }

  /* An article's column: what each programme does beside its figures. */
  @container (min-width: 530px) {
    .programmes {
      grid-template-columns: repeat(var(--sos-impact-stats-columns, var(--_columns)), auto minmax(7em, 2fr) minmax(0, 3fr));
    }

    .programme {
      grid-column: auto / span 3;
      grid-template-rows: auto auto 1fr;
      grid-template-areas: 'figure label description' 'figure facilities description' 'figure . description';
      padding-block: var(--_space-m);
    }

    .description {
      display: block;
      align-self: start;
      max-inline-size: 36em;
      margin-inline-start: var(--_space-s);
    }

    .about {
      display: none;
    }
  }

  /* Without descriptions (compact, hide-descriptions): the figures only. */
  :host([layout='compact']) .programmes,
  :host([hide-descriptions]) .programmes {
    grid-template-columns: repeat(var(--sos-impact-stats-columns, var(--_columns)), auto minmax(0, 1fr));
  }

  :host([layout='compact']) .programme,
  :host([hide-descriptions]) .programme {
    grid-column: auto / span 2;
    grid-template-rows: none;
    grid-template-areas: 'figure label' 'figure facilities';
    padding-block: var(--_space-s);
  }

  /* list: what each programme does under its figures, at every width */
  :host([layout='list']) .programmes {
    grid-template-columns: repeat(var(--sos-impact-stats-columns, var(--_columns)), auto minmax(0, 1fr));
  }

  :host([layout='list']) .programme {
    grid-column: auto / span 2;
    grid-template-rows: none;
    grid-template-areas: 'figure label' 'figure facilities' '. description';
  }

  :host([layout='list']) .description {
    display: block;
    grid-area: description;
    margin: var(--_space-s) 0 0;
  }

  /* compact and without descriptions: two columns of figures from 640px */
  @container (min-width: 640px) {
    :host([layout='compact']) .programmes,
    :host([hide-descriptions]:not([layout='list'])) .programmes {
      --_columns: 2;
    }
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
    font-family: var(--_font-ui);
    font-size: var(--_font-size-ui);
    font-weight: var(--_font-weight-bold);
    line-height: 1.3;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .village-link:hover {
    color: var(--_primary-hover);
  }

  .source {
    margin-block-start: var(--_space-m);
  }

  .error-text {
    margin: 0;
    font-family: var(--_font-ui);
    font-size: var(--_font-size-ui);
  }

  .error-body .actions {
    margin-block-start: var(--_space-s);
  }

  /* The placeholder: the block's words at their size, its data as shapes. */
  .status > .base {
    display: block;
  }

  .skeleton-frame {
    display: block;
  }

  .skeleton-frame .facilities {
    display: block;
  }

  .skeleton-frame .description {
    display: none;
  }

  @container (min-width: 530px) {
    .skeleton-frame .description {
      display: block;
    }
  }

  .skeleton-frame .figure {
    grid-area: figure;
  }

  .skeleton-label {
    grid-area: label;
  }

  .skeleton-frame .skeleton-inline {
    margin: 0;
  }

  .skeleton-figure {
    inline-size: 1.6em;
  }

  .skeleton-total-figure {
    inline-size: 2em;
  }

  .skeleton-facilities {
    inline-size: 8em;
    max-inline-size: 100%;
  }

  .skeleton-eyebrow {
    inline-size: 14em;
  }

  /* One bar a line, as many lines as the sample's text takes. */
  .skeleton-lines {
    display: block;
    block-size: calc(var(--_lines, 1) * 1lh);
    background: repeating-linear-gradient(to bottom, transparent 0 0.2lh, var(--_skeleton) 0.2lh 0.8lh, transparent 0.8lh 1lh);
  }

  /* Lines of the sample's texts (demo/data/almaty.json) in each language: the heading, the village
     link, each programme's label on a phone and each one's description from 530px. */
  .skeleton-frame {
    --_heading-lines: 2;
    --_link-lines: 2;
    --_l1: 1;
    --_l2: 1;
    --_l3: 2;
    --_l4: 1;
    --_d1: 4;
    --_d2: 7;
    --_d3: 3;
    --_d4: 5;
  }

  :host(:lang(fr)) .skeleton-frame {
    --_d2: 6;
  }

  :host(:lang(ru)) .skeleton-frame {
    --_l4: 2;
    --_d3: 4;
  }

  :host(:lang(kk)) .skeleton-frame {
    --_l3: 1;
    --_l4: 2;
    --_d2: 9;
    --_d4: 4;
  }

  @container (min-width: 530px) {
    .skeleton-frame {
      --_heading-lines: 1;
      --_link-lines: 1;
    }
  }

  .skeleton-heading-lines {
    --_lines: var(--_heading-lines);
    inline-size: 80%;
  }

  .skeleton-label {
    inline-size: 80%;
  }

  .programme:nth-child(1) .skeleton-label {
    --_lines: var(--_l1);
  }

  .programme:nth-child(2) .skeleton-label {
    --_lines: var(--_l2);
  }

  .programme:nth-child(3) .skeleton-label {
    --_lines: var(--_l3);
  }

  .programme:nth-child(4) .skeleton-label {
    --_lines: var(--_l4);
  }

  .programme:nth-child(1) .skeleton-description {
    --_lines: var(--_d1);
  }

  .programme:nth-child(2) .skeleton-description {
    --_lines: var(--_d2);
  }

  .programme:nth-child(3) .skeleton-description {
    --_lines: var(--_d3);
  }

  .programme:nth-child(4) .skeleton-description {
    --_lines: var(--_d4);
  }

  .skeleton-village-link {
    --_lines: var(--_link-lines);
    inline-size: 16em;
    max-inline-size: 100%;
  }

  /* Inline shapes sit on their line of text (tokens draw every .skeleton as a block). */
  .skeleton-inline {
    display: inline-block;
  }
`;
