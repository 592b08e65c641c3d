import { css } from 'lit';

export const styles = css`
  .base {
    max-inline-size: var(--sos-village-story-max-width, 70ch);
  }

  .section + .section {
    margin-block-start: var(--_space-l);
  }

  .heading {
    margin-block-end: var(--_space-s);
  }

  .paragraph {
    margin: 0 0 var(--_space-m);
  }

  .more[hidden] {
    display: none;
  }

  .toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--_primary);
    border-radius: 999px;
    background: transparent;
    color: var(--_primary);
    font: inherit;
    font-weight: var(--_font-weight-bold);
    cursor: pointer;
  }

  .toggle:hover {
    background: var(--_surface-muted);
  }

  .chevron {
    inline-size: 1em;
    block-size: 1em;
    transition: transform 150ms ease;
  }

  .toggle[aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  @media (prefers-reduced-motion: reduce) {
    .chevron {
      transition: none;
    }
  }



  .empty {
    margin: 0;
    color: var(--_text-muted);
  }
`;
