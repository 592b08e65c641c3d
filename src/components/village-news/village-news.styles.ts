import { css } from 'lit';

export const styles = css`
  /* No news and no fallback: nothing to show, and no space taken. */
  :host([empty]) {
    display: none;
  }

  /* The page's fallback in place of news stands as the page wrote it: no margins of the element's
     own, loading or not (the page's stylesheet gives it none while loading). */
  :host([fallback]) {
    margin-block: 0;
  }

  .base {
    padding: var(--sos-village-news-padding, var(--_space-m));
  }

  @container (min-width: 420px) {
    .base {
      padding: var(--sos-village-news-padding, var(--_space-l));
    }
  }

  .heading {
    margin-block-end: var(--_space-xs);
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .list + .source {
    margin-block-start: var(--_space-m);
  }

  .item {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-areas: 'link' 'date' 'summary';
    align-items: baseline;
    padding-block: var(--_space-m);
  }

  .item + .item {
    border-block-start: 1px solid var(--_border);
  }

  .item:last-child {
    padding-block-end: 0;
  }

  /* Wide: the dates make a column of their own, so the titles line up. */
  @container (min-width: 640px) {
    .item {
      grid-template-columns: 11em minmax(0, 1fr);
      grid-template-areas: 'date link' '. summary';
      column-gap: var(--_space-l);
    }
  }

  /* The title is a block of its own, at least 24px tall (WCAG 2.2 target size). */
  .link {
    grid-area: link;
    justify-self: start;
    display: inline-block;
    max-inline-size: 100%;
    overflow-wrap: anywhere;
    min-block-size: 24px;
    padding-block: 2px;
    border-radius: var(--_radius-s);
    color: var(--_primary);
    font-family: var(--_font-ui);
    font-weight: var(--_font-weight-bold);
    font-size: max(16px, var(--_font-size-ui));
    line-height: 1.35;
    text-decoration: none;
  }

  .link:hover .title {
    color: var(--_primary-hover);
    text-decoration: underline;
    text-decoration-thickness: 2px;
    text-underline-offset: 0.18em;
  }

  .arrow {
    display: inline-block;
    inline-size: 0.85em;
    block-size: 0.85em;
    margin-inline-start: 0.3em;
    vertical-align: -0.05em;
    transition: transform 150ms ease;
  }

  .link:hover .arrow {
    transform: translateX(2px);
  }

  .arrow:dir(rtl) {
    transform: scaleX(-1);
  }

  .link:hover .arrow:dir(rtl) {
    transform: scaleX(-1) translateX(2px);
  }

  @media (prefers-reduced-motion: reduce) {
    .arrow {
      transition: none;
    }
  }

  .date {
    grid-area: date;
    margin-block-start: 2px;
    font-family: var(--_font-ui);
    font-size: var(--_font-size-caption);
    line-height: 1.4;
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }

  .summary {
    grid-area: summary;
    max-inline-size: 70ch;
    margin: var(--_space-xs) 0 0;
    color: var(--_text);
  }
`;
