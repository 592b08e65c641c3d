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

  .telling {
    margin: 0 0 var(--_space-s);
    padding-block-start: var(--_space-s);
    border-block-start: 3px solid var(--_accent);
    font-size: var(--_font-size-sm);
    font-weight: var(--_font-weight-bold);
    color: var(--_text-muted);
  }

  * + .telling {
    margin-block-start: calc(var(--_space-l) * 1.5);
  }

  .section-note {
    margin: 0 0 var(--_space-m);
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 3px solid var(--_accent);
    background: var(--_surface-muted);
    font-size: var(--_font-size-sm);
  }

  .section-note-label {
    font-weight: var(--_font-weight-bold);
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
