import { css } from 'lit';

export const styles = css`
  /* Quoted material: ruled off from the article, in the article's own face and leading, with
     its source line under it. */
  .base {
    max-inline-size: var(--sos-village-story-max-width, 70ch);
    padding-inline-start: var(--_space-m);
    border-inline-start: 4px solid var(--sos-village-story-rule, var(--_button));
  }

  .quote {
    margin: 0;
    /* The collapsed view's height, in lines of the story's own leading. */
    --_clip: calc(var(--sos-village-story-lines, 14) * 1lh);
  }

  @supports not (block-size: 1lh) {
    .quote {
      --_clip: calc(var(--sos-village-story-lines, 14) * 1.6em);
    }
  }

  /* Collapsed: the first lines show and fade out; the rest stays in the page, clipped, so screen
     readers, find-in-page and search engines still have the whole story. */
  .quote--collapsed {
    max-block-size: var(--_clip);
    overflow: hidden;
  }

  .quote--faded {
    -webkit-mask-image: linear-gradient(to bottom, #000 calc(100% - 3lh), transparent);
    mask-image: linear-gradient(to bottom, #000 calc(100% - 3lh), transparent);
  }

  /* Margins stay inside the clip, so its height is the lines it shows. */
  .text {
    display: flow-root;
  }

  .section + .section,
  .section + .telling {
    margin-block-start: var(--_space-m);
  }

  .heading {
    margin-block-end: var(--_space-xs);
    font-size: 1em;
    line-height: 1.4;
  }

  .telling {
    margin: 0 0 var(--_space-s);
    font-family: var(--_font-ui);
    font-size: var(--_font-size-caption);
    font-weight: var(--_font-weight-bold);
    line-height: 1.4;
    color: var(--_text-muted);
  }

  .section-note {
    margin: 0 0 var(--_space-s);
    padding: var(--_space-xs) var(--_space-s);
    background: var(--_surface-muted);
    font-family: var(--_font-ui);
    font-size: var(--_font-size-caption);
    line-height: 1.4;
    color: var(--_text-muted);
  }

  .section-note-label {
    font-weight: var(--_font-weight-bold);
  }

  .paragraph {
    margin: 0 0 var(--_space-s);
  }

  .paragraph:last-child {
    margin-block-end: 0;
  }

  .base > .source {
    margin-block-start: var(--_space-xs);
  }

  .empty {
    margin: 0;
    color: var(--_text-muted);
  }

  /* The placeholder: the collapsed view's lines as bars, the button's words and the source line. */
  .status > .base {
    display: block;
  }

  .quote--held {
    block-size: var(--_clip);
    max-block-size: none;
  }

  .skeleton-line {
    display: flex;
    align-items: center;
    block-size: 1lh;
  }

  .skeleton-line > .skeleton {
    inline-size: 100%;
    block-size: 0.75em;
  }

  .skeleton-line--heading > .skeleton {
    inline-size: 55%;
    block-size: 1em;
  }

  .skeleton-line--end > .skeleton {
    inline-size: 60%;
  }

  .status .toggle {
    cursor: default;
  }
`;
