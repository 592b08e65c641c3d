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
    /* The call to action keeps a saturated fill on dark pages too (white text at 5:1), where links
       and figures take the lighter primary that reads on a dark surface. */
    --_button: var(--sos-color-button, var(--sos-color-primary, light-dark(#005aa7, #1a6fc2)));
    --_on-button: var(--sos-color-on-button, var(--sos-color-on-primary, #ffffff));
    --_button-hover: var(--sos-color-button-hover, var(--sos-color-primary-hover, light-dark(#00457f, #155a9e)));
    --_accent: var(--sos-color-accent, light-dark(#009ee0, #5cc8f5));
    /* Dark surfaces are neutral greys: no blue cast beside a news site's #121212 page. */
    --_surface: var(--sos-color-surface, light-dark(#ffffff, #1c1c1c));
    --_surface-muted: var(--sos-color-surface-muted, light-dark(#f3f5f7, #262626));
    --_text: var(--sos-color-text, light-dark(#17212b, #ececec));
    --_text-muted: var(--sos-color-text-muted, light-dark(#4b5866, #b4b4b4));
    --_border: var(--sos-color-border, light-dark(#d5dde6, #3a3a3a));
    --_focus: var(--sos-color-focus, var(--_primary));
    --_skeleton: var(--sos-color-skeleton, light-dark(#e6eaef, #2e2e2e));

    /* Type: prose (story, appeal, descriptions) is set in the article's own face, size and
       leading, inherited through the host; the widget's chrome (headings, labels, figures,
       buttons, the source line) in one UI face, the system sans stack unless a partner sets it. */
    --_font-ui: var(--sos-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-size-ui: var(--sos-font-size-ui, max(15px, 0.875em));
    --_font-size-caption: var(--sos-font-size-caption, max(13px, 0.75em));
    --_font-size: var(--sos-font-size-base, max(1rem, 1em));
    --_font-size-sm: var(--sos-font-size-small, 0.875em);
    --_font-size-lg: var(--sos-font-size-large, 1.25em);
    --_font-size-xl: var(--sos-font-size-xl, 1.75em);
    --_font-size-display: var(--sos-font-size-display, 2.75em);
    --_font-weight-bold: var(--sos-font-weight-bold, 700);
    --_heading-font: var(--sos-font-family-heading, var(--_font-ui));

    --_space-xs: var(--sos-space-xs, 0.25em);
    --_space-s: var(--sos-space-s, 0.5em);
    --_space-m: var(--sos-space-m, 1em);
    --_space-l: var(--sos-space-l, 1.5em);
    --_radius: var(--sos-radius, 8px);
    --_radius-s: var(--sos-radius-small, 6px);
    --_shadow: var(--sos-shadow, 0 1px 2px rgb(16 24 40 / 0.06), 0 1px 3px rgb(16 24 40 / 0.1));
  }

  /* Browsers before light-dark() (Safari < 17.5, Chrome < 123) get the light scheme. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_primary: var(--sos-color-primary, #005aa7);
      --_on-primary: var(--sos-color-on-primary, #ffffff);
      --_primary-hover: var(--sos-color-primary-hover, #00457f);
      --_button: var(--sos-color-button, var(--sos-color-primary, #005aa7));
      --_button-hover: var(--sos-color-button-hover, var(--sos-color-primary-hover, #00457f));
      --_accent: var(--sos-color-accent, #009ee0);
      --_surface: var(--sos-color-surface, #ffffff);
      --_surface-muted: var(--sos-color-surface-muted, #f3f5f7);
      --_text: var(--sos-color-text, #17212b);
      --_text-muted: var(--sos-color-text-muted, #4b5866);
      --_border: var(--sos-color-border, #d5dde6);
      --_skeleton: var(--sos-color-skeleton, #e6eaef);
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

  /* The article's face, size and leading come through for prose (never below the root size);
     what would break the layout stops here. */
  :host {
    display: block;
    margin-block: var(--sos-margin-block, 24px);
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--sos-font-family-prose, inherit);
    font-size: var(--_font-size);
    font-style: normal;
    font-weight: 400;
    line-height: var(--sos-line-height, inherit);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    /* Long words break with a hyphen where the browser knows the language; a word that still
       cannot fit (a URL, a name) may break anywhere rather than overflow the column. */
    hyphens: auto;
    -webkit-hyphens: auto;
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

  /* A heading in the UI face, never larger than an article's subhead. */
  .heading {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: min(var(--_font-size-lg), 1.25em);
    font-weight: var(--_font-weight-bold);
    line-height: 1.25;
    color: var(--_text);
    hyphens: manual;
    text-wrap: balance;
  }

  /* The source line: who the material comes from, and when its figures were updated. */
  .source {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    margin: var(--_space-m) 0 0;
    font-family: var(--_font-ui);
    font-size: var(--_font-size-caption);
    line-height: 1.4;
    color: var(--_text-muted);
  }

  .source-mark {
    flex: none;
    inline-size: 1.15em;
    block-size: 1.15em;
    align-self: center;
    color: var(--_primary);
  }

  .source-link {
    color: inherit;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
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
    font-family: var(--_font-ui);
    font-size: var(--_font-size-ui);
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

  .skeleton-inline {
    display: inline-block;
    inline-size: 9em;
    block-size: 0.9em;
    margin-inline-start: 0.4em;
    vertical-align: -0.1em;
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
