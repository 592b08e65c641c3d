import { css } from 'lit';

/**
 * The button look, shared with the calls to action of the village card and the impact block, and
 * the appeal before it. Buttons are chrome: the UI face, never the article's (Times bold on a pill
 * looks dated), with a saturated fill (`--_button`) that keeps white text at 4.5:1 in both schemes.
 */
export const buttonStyles = css`
  .appeal {
    margin: 0 0 var(--_space-m);
    padding: 0;
  }

  .appeal p {
    margin: 0 0 var(--_space-s);
  }

  .appeal p:last-child {
    margin-block-end: 0;
  }

  .button {
    --_button-bg: var(--_button);
    --_button-fg: var(--_on-button);
    --_button-border: var(--_button);
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--_space-s);
    min-block-size: 44px;
    padding: 0.5em 1.125em;
    border: 2px solid var(--_button-border);
    border-radius: var(--sos-button-radius, var(--_radius-s));
    background: var(--_button-bg);
    color: var(--_button-fg);
    font-family: var(--_font-ui);
    font-size: var(--_font-size-ui);
    font-style: normal;
    font-weight: var(--_font-weight-bold);
    line-height: 1.25;
    text-decoration: none;
    text-align: center;
    hyphens: manual;
    cursor: pointer;
    transition:
      background-color 120ms ease,
      border-color 120ms ease,
      color 120ms ease;
  }

  .button:hover {
    --_button-bg: var(--_button-hover);
    --_button-border: var(--_button-hover);
  }

  .button:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 3px;
  }

  /* The card's and the impact block's call to action: outlined, so the sponsor element's filled
     button stays the page's primary one. */
  .button--outline,
  .button--secondary {
    --_button-bg: transparent;
    --_button-fg: var(--_primary);
    --_button-border: currentColor;
  }

  .button--outline:hover,
  .button--secondary:hover {
    --_button-bg: var(--_surface-muted);
    --_button-fg: var(--_primary-hover);
    --_button-border: currentColor;
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

/*
 * One attributed module: the appeal (quoted material in the charity's voice, in the article's
 * prose), the button, the market's note and the source line, in a light box with a rule in the
 * button's colour. The button takes the whole width on a phone (under 480px of its own width).
 */
export const styles = css`
  :host {
    flex: none;
  }

  .base {
    grid-area: 1 / 1;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    padding: var(--sos-sponsor-button-padding, var(--_space-m));
    border-inline-start: 4px solid var(--_button);
    background: var(--_surface-muted);
  }

  .button {
    min-block-size: 48px;
    padding: 0.625em 1.5em;
    font-size: max(16px, var(--_font-size-ui));
    align-self: stretch;
  }

  .button--small {
    min-block-size: 44px;
    padding: 0.375em 1em;
    font-size: var(--_font-size-ui);
  }

  .button--large {
    min-block-size: 56px;
    padding: 0.75em 1.75em;
    font-size: max(18px, 1.125em);
  }

  @container (min-width: 480px) {
    .button {
      align-self: flex-start;
      min-inline-size: min(100%, 18em);
    }
  }

  :host([block]) .button {
    align-self: stretch;
  }

  .note {
    margin: var(--_space-s) 0 0;
    font-family: var(--_font-ui);
    font-size: var(--_font-size-caption);
    line-height: 1.4;
    color: var(--_text-muted);
  }

  .source {
    margin-block-start: var(--_space-s);
  }

  .status .note {
    display: block;
  }

  .skeleton-note {
    inline-size: 20em;
    max-inline-size: 100%;
    margin: 0;
  }

  /* The placeholder: the button's words drawn at once, the appeal's lines as shapes. */
  .status > .base {
    gap: 0;
  }

  .skeleton-appeal {
    align-self: stretch;
    margin: 0 0 var(--_space-m);
  }

  /* One bar a line of the article's leading, for as many lines as the sample's appeal takes. */
  .skeleton-paragraph {
    display: block;
    block-size: calc(var(--_lines, 3) * 1lh);
    background: repeating-linear-gradient(to bottom, transparent 0 0.25lh, var(--_skeleton) 0.25lh 0.8lh, transparent 0.8lh 1lh);
  }

  .skeleton-paragraph + .skeleton-paragraph {
    margin-block-start: var(--_space-s);
  }

  /* Lines of the sample's appeal (demo/data/almaty.json, its default market) in each language. */
  .skeleton-appeal {
    --_p1: 4;
    --_p2: 2;
  }

  :host(:lang(ru)) .skeleton-appeal {
    --_p1: 3;
    --_p2: 3;
  }

  :host(:lang(kk)) .skeleton-appeal {
    --_p2: 3;
  }

  @container (min-width: 480px) {
    .skeleton-appeal {
      --_p1: 2;
      --_p2: 1;
    }

    :host(:lang(ru)) .skeleton-appeal,
    :host(:lang(kk)) .skeleton-appeal {
      --_p1: 2;
      --_p2: 2;
    }
  }

  .skeleton-paragraph--1 {
    --_lines: var(--_p1);
  }

  .skeleton-paragraph--2 {
    --_lines: var(--_p2);
  }

  .button[aria-hidden='true'] {
    cursor: default;
  }

  /* Inline shapes sit on their line of text (tokens draw every .skeleton as a block). */
  .skeleton-inline {
    display: inline-block;
  }
`;
