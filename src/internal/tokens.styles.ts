/**
 * Design tokens and the host reset shared by every element. Public tokens are `--sos-*` custom
 * properties a partner may set anywhere above the element; each element reads them through a
 * private `--_*` copy with the SOS default, so a missing or broken value falls back safely.
 */
import { css } from 'lit';

export const tokens = css`
  /* Colours come in light and dark pairs, resolved by the colour scheme the element inherits from
     the host page (its color-scheme property or <meta name="color-scheme">); a page that declares
     none is light. color-scheme="light" | "dark" on the element forces one, "auto" follows the reader. */
  :host {
    --_primary: var(--sos-color-primary, light-dark(#005aa7, #8cc8ff));
    --_on-primary: var(--sos-color-on-primary, light-dark(#ffffff, #0b1a2b));
    --_primary-hover: var(--sos-color-primary-hover, light-dark(#00457f, #b5dbff));
    --_accent: var(--sos-color-accent, light-dark(#009ee0, #5cc8f5));
    --_surface: var(--sos-color-surface, light-dark(#ffffff, #121a23));
    --_surface-muted: var(--sos-color-surface-muted, light-dark(#f1f5fa, #1b2632));
    --_text: var(--sos-color-text, light-dark(#17212b, #e8eef4));
    --_text-muted: var(--sos-color-text-muted, light-dark(#4b5866, #aab7c4));
    --_border: var(--sos-color-border, light-dark(#d5dde6, #33414f));
    --_focus: var(--sos-color-focus, var(--_primary));
    --_skeleton: var(--sos-color-skeleton, light-dark(#e3e9f0, #25313d));

    --_font-size: var(--sos-font-size-base, max(1rem, 16px));
    --_font-size-sm: var(--sos-font-size-small, 0.875em);
    --_font-size-lg: var(--sos-font-size-large, 1.25em);
    --_font-size-xl: var(--sos-font-size-xl, 1.75em);
    --_font-size-display: var(--sos-font-size-display, 2.75em);
    --_font-weight-bold: var(--sos-font-weight-bold, 700);
    --_heading-font: var(--sos-font-family-heading, inherit);

    --_space-xs: var(--sos-space-xs, 0.25em);
    --_space-s: var(--sos-space-s, 0.5em);
    --_space-m: var(--sos-space-m, 1em);
    --_space-l: var(--sos-space-l, 1.5em);
    --_radius: var(--sos-radius, 12px);
    --_radius-s: var(--sos-radius-small, 6px);
    --_shadow: var(--sos-shadow, 0 1px 2px rgb(16 24 40 / 0.06), 0 1px 3px rgb(16 24 40 / 0.1));
  }

  /* Browsers before light-dark() (Safari < 17.5, Chrome < 123) get the light scheme. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_primary: var(--sos-color-primary, #005aa7);
      --_on-primary: var(--sos-color-on-primary, #ffffff);
      --_primary-hover: var(--sos-color-primary-hover, #00457f);
      --_accent: var(--sos-color-accent, #009ee0);
      --_surface: var(--sos-color-surface, #ffffff);
      --_surface-muted: var(--sos-color-surface-muted, #f1f5fa);
      --_text: var(--sos-color-text, #17212b);
      --_text-muted: var(--sos-color-text-muted, #4b5866);
      --_border: var(--sos-color-border, #d5dde6);
      --_skeleton: var(--sos-color-skeleton, #e3e9f0);
    }
  }

  :host([color-scheme='light']) {
    color-scheme: light;
  }

  :host([color-scheme='dark']) {
    color-scheme: dark;
  }

  :host([color-scheme='auto']) {
    color-scheme: light dark;
  }

  /* Widgets without a box of their own (story, sponsor button) read as part of the page in the
     page's own scheme; forced to another scheme than the page's, they take a surface so their text
     stays readable. */
  :host([color-scheme='dark']) .base--open,
  :host([color-scheme='auto']) .base--open {
    padding: var(--_space-m);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  /* The host page's inherited text styles stop here; only its font family comes through. */
  :host {
    display: block;
    margin-block: var(--sos-margin-block, 24px);
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--sos-font-family, inherit);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: break-word;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }

  /* Widgets size themselves by their own width (container queries on the host), so they have no
     intrinsic width: in a flex row, a float or an inline-block they would collapse without these. */
  :host {
    container-type: inline-size;
    flex: 1 1 20em;
    min-inline-size: min(100%, 16em);
  }

  :host([hidden]) {
    display: none !important;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* The boxed widgets' outer box. */
  .base--box {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
  }

  .heading {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: var(--_font-size-lg);
    font-weight: var(--_font-weight-bold);
    line-height: 1.3;
    color: var(--_text);
  }

  /* Marks the widget's English words as English when its language's texts are missing. */
  .ui-language {
    display: contents;
  }

  .visually-hidden {
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

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* While loading, the page's sos-widgets.css holds the ready height on the host, in a ::before
     in the same grid cell as this wrapper; the placeholder stretches to fill it. */
  .status {
    display: grid;
    grid-area: 1 / 1;
    color: var(--_text-muted);
  }

  .status > .base {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }

  .status--error {
    color: var(--_text);
  }

  .error {
    margin: 0;
    padding: var(--_space-s) var(--_space-m);
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface-muted);
    border-radius: var(--_radius-s);
  }

  .error-link {
    color: var(--_primary);
    font-weight: var(--_font-weight-bold);
    text-underline-offset: 0.2em;
  }

  .skeleton {
    display: block;
    border-radius: var(--_radius-s);
    background: var(--_skeleton);
  }

  .skeleton-heading {
    inline-size: 45%;
    block-size: 1.5em;
  }

  .skeleton-block {
    flex: 1;
    min-block-size: 8em;
  }

  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: sos-pulse 1.6s ease-in-out infinite;
    }
  }

  @keyframes sos-pulse {
    50% {
      opacity: 0.55;
    }
  }

  .stale-note {
    margin: var(--_space-s) 0 0;
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
  }
`;
