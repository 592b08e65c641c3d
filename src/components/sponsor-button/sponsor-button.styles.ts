import { css } from 'lit';

/** The button look, shared with the village card's call to action, and the appeal before it. */
export const buttonStyles = css`
  .appeal {
    margin-block-end: var(--_space-m);
  }

  .appeal p {
    margin: 0 0 var(--_space-s);
    overflow-wrap: anywhere;
  }

  .appeal p:last-child {
    margin-block-end: 0;
  }

  .button {
    --_button-bg: var(--_primary);
    --_button-fg: var(--_on-primary);
    --_button-border: var(--_primary);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-s);
    min-block-size: 2.75em; /* 44px target at the default size */
    padding: 0.625em 1.25em;
    border: 2px solid var(--_button-border);
    border-radius: var(--sos-button-radius, 999px);
    background: var(--_button-bg);
    color: var(--_button-fg);
    font: inherit;
    font-weight: var(--_font-weight-bold);
    line-height: 1.2;
    text-decoration: none;
    text-align: center;
    cursor: pointer;
    transition:
      background-color 120ms ease,
      border-color 120ms ease,
      color 120ms ease;
  }

  .button:hover {
    --_button-bg: var(--_primary-hover);
    --_button-border: var(--_primary-hover);
  }

  .button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }

  .button--secondary {
    --_button-bg: transparent;
    --_button-fg: var(--_primary);
  }

  .button--secondary:hover {
    --_button-bg: var(--_surface-muted);
    --_button-fg: var(--_primary-hover);
  }

  .button--inverse {
    --_button-bg: var(--_surface);
    --_button-fg: var(--_primary);
    --_button-border: var(--_surface);
  }

  .button--inverse:hover {
    --_button-bg: var(--_surface-muted);
    --_button-border: var(--_surface-muted);
  }

  .button--small {
    min-block-size: 2.25em;
    padding: 0.375em 0.875em;
    font-size: var(--_font-size-sm);
  }

  .button--large {
    min-block-size: 3.25em;
    padding: 0.75em 1.75em;
    font-size: var(--_font-size-lg);
  }

  .arrow {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }

  .arrow:dir(rtl) {
    transform: scaleX(-1);
  }

  @media (prefers-reduced-motion: reduce) {
    .button {
      transition: none;
    }
  }
`;

export const styles = css`
  /* A block of its own (it sizes itself by its width like the others); the button inside keeps
     its natural width unless block is set. */
  :host {
    flex: none;
  }

  /* Loading with an href, the working button stands where the page holds its space. */
  .base {
    grid-area: 1 / 1;
    display: inline-flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-xs);
    max-inline-size: 100%;
  }

  :host([block]) .base,
  :host([block]) .button {
    display: flex;
    inline-size: 100%;
  }

  .note {
    margin: 0;
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }

  .skeleton-button {
    inline-size: 11em;
    block-size: 2.75em;
    border-radius: 999px;
  }
`;
