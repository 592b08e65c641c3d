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

  .source {
    display: block;
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }

  .source a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }


`;
