import { css } from 'lit';

export const styles = css`
  .base {
    padding: var(--sos-village-facts-padding, var(--_space-l));
  }

  .heading {
    margin-block-end: var(--_space-m);
  }

  .facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-m);
    margin: 0;
  }

  @container (min-width: 592px) {
    .facts {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  .fact {
    padding-block-start: var(--_space-s);
    border-block-start: 3px solid var(--_accent);
  }

  dt {
    margin: 0;
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-bold);
    color: var(--_text-muted);
  }

  dd {
    margin: var(--_space-xs) 0 0;
  }

  .value {
    display: block;
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-bold);
    color: var(--_text);
  }

  .detail {
    display: block;
  }

  .refs {
    margin-inline-start: 0.15em;
    font-size: 0.7em;
    font-weight: normal;
    color: var(--_text-muted);
    line-height: 0;
  }

  .fact-note {
    display: block;
    margin-block-start: var(--_space-xs);
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }

  .fact-note-label {
    font-weight: var(--_font-weight-bold);
  }

  .sources {
    margin-block-start: var(--_space-l);
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_border);
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }

  .sources-label {
    font-weight: var(--_font-weight-bold);
  }

  .source-list {
    margin: var(--_space-xs) 0 0;
    padding-inline-start: 1.5em;
  }

  .source a {
    display: inline-block;
    min-block-size: 24px;
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  cite {
    font-style: normal;
  }
`;
