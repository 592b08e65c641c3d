import { css } from 'lit';

/**
 * The "Read more" / "Show all facts" button of the story and the facts: a text button in the UI
 * face, 44px tall, its chevron turning with `aria-expanded`.
 */
export const disclosureStyles = css`
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-xs);
    min-block-size: 44px;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    color: var(--_primary);
    font-family: var(--_font-ui);
    font-size: var(--_font-size-ui);
    font-weight: var(--_font-weight-bold);
    line-height: 1.25;
    cursor: pointer;
    text-underline-offset: 0.2em;
  }

  .toggle:hover {
    color: var(--_primary-hover);
    text-decoration: underline;
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
`;
