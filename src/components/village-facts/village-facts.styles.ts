import { css } from 'lit';

export const styles = css`
  .base {
    padding: var(--sos-village-facts-padding, var(--_space-m));
  }

  @container (min-width: 480px) {
    .base {
      padding: var(--sos-village-facts-padding, var(--_space-l));
    }
  }

  .heading {
    margin-block-end: var(--_space-s);
  }

  /* A fact box: the key figures as cells of even height between hairlines in the border colour
     (side by side once there is room), the other facts as rows across. */
  .facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    column-gap: var(--_space-m);
    margin: 0;
  }

  @container (min-width: 480px) {
    .facts {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }

    .fact--text {
      grid-column: 1 / -1;
    }

    .facts .figure {
      font-size: 1em;
    }
  }

  .fact {
    display: flex;
    flex-direction: column;
    padding-block: var(--_space-s);
    border-block-start: 1px solid var(--_border);
  }

  .term {
    margin: 0;
    font-family: var(--_font-ui);
    font-size: var(--_font-size-ui);
    font-weight: var(--_font-weight-bold);
    line-height: 1.4;
    color: var(--_text-muted);
  }

  dd {
    margin: 0;
    min-inline-size: 0;
  }

  .figure {
    font-family: var(--_font-ui);
    font-size: 1.125em;
    font-weight: var(--_font-weight-bold);
    line-height: 1.3;
    font-variant-numeric: tabular-nums;
    color: var(--_text);
  }

  .statement + .statement {
    margin-block-start: var(--_space-xs);
  }

  .detail {
    margin-block-start: var(--_space-xs);
    font-family: var(--_font-ui);
    font-size: var(--_font-size-ui);
    line-height: 1.4;
    color: var(--_text);
  }

  .fact-note {
    margin-block-start: var(--_space-xs);
    font-family: var(--_font-ui);
    font-size: var(--_font-size-caption);
    line-height: 1.4;
    color: var(--_text-muted);
  }

  .fact-note-label {
    font-weight: var(--_font-weight-bold);
  }

  /* Collapsed: the key figures show; the rest stays in the page for screen readers, clipped away. */
  .facts--collapsed .fact--more,
  .facts--collapsed .extra {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  /* A footnote number never leaves its word. */
  .nowrap {
    white-space: nowrap;
  }

  .refs {
    margin-inline-start: 0.15em;
    font-size: 0.7em;
    font-weight: normal;
    color: var(--_text-muted);
    line-height: 0;
  }

  .sources {
    margin-block-start: var(--_space-xs);
    font-family: var(--_font-ui);
    font-size: var(--_font-size-caption);
    line-height: 1.4;
    color: var(--_text-muted);
  }

  .facts + .sources {
    margin-block-start: var(--_space-s);
  }

  .sources-label {
    font-weight: var(--_font-weight-bold);
  }

  /* Each source a 24px target. */
  .source-list {
    margin: 0;
    padding-inline-start: 1.5em;
    line-height: 24px;
  }

  .source-item a {
    display: inline-block;
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  cite {
    font-style: normal;
  }

  .base .source {
    margin-block-start: var(--_space-s);
  }

  .empty {
    margin: 0;
    color: var(--_text-muted);
  }

  /* The placeholder: the same rows and lines, with bars where the data goes. The source line's
     date bar stays in its line. */
  .source .skeleton-inline {
    display: inline-block;
  }

  .status > .base {
    display: block;
  }

  .status .heading {
    color: var(--_text);
  }

  .skeleton-text {
    display: inline-block;
    vertical-align: middle;
    block-size: 0.8em;
  }

  .skeleton-text--heading {
    inline-size: 12em;
    max-inline-size: 70%;
  }

  .skeleton-text--term {
    inline-size: 8em;
  }

  .skeleton-text--figure {
    inline-size: 5em;
  }

  .skeleton-text--source {
    inline-size: 14em;
    max-inline-size: 90%;
  }
`;
