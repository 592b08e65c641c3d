/**
 * Frames that put a widget's states side by side: the "All states" grid, the stale copy beside the
 * fresh one, light beside dark, and a labelled frame for what renders nothing by design, so an empty
 * canvas never reads as a broken one. Each widget carries `data-expect` with the state the story
 * test waits for (`ready` when absent).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { renderElement, stateArgs } from './render.js';
import { SAMPLE } from './mock-data.js';

type Args = Record<string, unknown>;
export type Expect = 'ready' | 'loading' | 'error';

const frameStyles = html`<style>
  .sb-grid { display: grid; gap: 1.5rem 2rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 320px), 1fr)); align-items: start; }
  .sb-grid--two { grid-template-columns: repeat(auto-fit, minmax(min(100%, 320px), 1fr)); }
  .sb-state { margin: 0; min-inline-size: 0; }
  .sb-state > figcaption { font: 600 13px/1.4 system-ui, sans-serif; letter-spacing: 0.02em; color: #4a4a4a; margin-block-end: 0.25rem; }
  .sb-state > figcaption small { display: block; font-weight: 400; letter-spacing: 0; }
  :root[data-page-scheme='dark'] .sb-state > figcaption { color: #c8c8c8; }
  .sb-empty { border: 2px dashed #8a8a8a; border-radius: 4px; padding: 0.5rem; min-block-size: 3rem; }
  .sb-empty::after { content: 'nothing rendered'; display: block; font: 12px/1.4 system-ui, sans-serif; color: #595959; }
  .sb-dark { color-scheme: dark; background: #121212; color: #e6e6e6; padding: 1rem; }
  .sb-dark > figcaption { color: #c8c8c8; }
  .sb-light { color-scheme: light; background: #ffffff; color: #1f1f1f; padding: 1rem; }
</style>`;

/** One widget with its state label and, when there is one, a note on what the reader sees. */
export function stateCell(
  label: string,
  tag: string,
  args: Args,
  expect: Expect = 'ready',
  note = '',
  empty = false,
): TemplateResult {
  const el = renderElement(tag, args);
  (el.localName === tag ? el : el.querySelector(tag))?.setAttribute('data-expect', expect);
  return html`<figure class="sb-state">
    <figcaption>${label}${note ? html`<small>${note}</small>` : nothing}</figcaption>
    ${empty ? html`<div class="sb-empty">${el}</div>` : el}
  </figure>`;
}

export interface StateOptions {
  /** The fallback link's text, for the states that show the partner's fallback. */
  fallbackText: string;
  /** Args every cell shares (the element's own, e.g. `appeal` for the sponsor button). */
  args?: Args;
  /** Args of the ready cell, when the sample is not what the element shows (news). */
  readyArgs?: Args;
  /** Args of the stale cell, when the kept copy is not Almaty's (news). */
  staleArgs?: Args;
  /** The element renders nothing while loading or failed without a fallback (news): frame those cells. */
  emptyWithoutData?: boolean;
  /** Extra cells: an empty village, a slow endpoint… */
  extra?: TemplateResult[];
}

/** Every state of `tag` in one grid: ready, loading, failing (with and without fallback), stale. */
export function allStates(
  tag: string,
  {
    fallbackText,
    args = {},
    readyArgs = { src: SAMPLE },
    staleArgs,
    emptyWithoutData = false,
    extra = [],
  }: StateOptions,
): TemplateResult {
  const states = stateArgs(fallbackText);
  const noProfile = { profile: undefined };
  return html`${frameStyles}
    <div class="sb-grid">
      ${stateCell('Ready', tag, { ...args, ...readyArgs })}
      ${stateCell('Loading', tag, { ...args, ...noProfile, ...states.loading }, 'loading', 'Until the data arrives.', emptyWithoutData)}
      ${stateCell('Loading, with the partner’s fallback', tag, { ...args, ...noProfile, ...states.loadingWithFallback }, 'loading')}
      ${stateCell('Failed', tag, { ...args, ...noProfile, ...states.error }, 'error', emptyWithoutData ? 'No data and no kept copy.' : 'No data and no kept copy: a short line and a working link.', emptyWithoutData)}
      ${stateCell('Failed, with the partner’s fallback', tag, { ...args, ...noProfile, ...states.errorWithFallback }, 'error', 'The partner’s own link stays on the page.')}
      ${stateCell('Stale: the refresh failed, a kept copy shows', tag, { ...args, ...noProfile, ...(staleArgs ?? states.stale) }, 'ready', 'Marked with the date of the copy.')}
      ${extra}
    </div>`;
}

/** The stale copy beside the fresh one: the difference is the note, so a designer sees both at once. */
export function staleBesideFresh(tag: string, args: Args = {}, staleArgs: Args = stateArgs('').stale): TemplateResult {
  return html`${frameStyles}
    <div class="sb-grid sb-grid--two">
      ${stateCell('Fresh', tag, { src: SAMPLE, ...args })}
      ${stateCell('Stale', tag, { ...args, profile: undefined, ...staleArgs }, 'ready', 'The endpoint failed; the copy kept from an earlier visit shows, with its date in the stale note.')}
    </div>`;
}

/** The same widget on a light page and on a dark one, whatever the Scheme toolbar says. */
export function lightAndDark(tag: string, args: Args = {}): TemplateResult {
  const cell = (label: string, className: string) => {
    const el = renderElement(tag, { src: SAMPLE, ...args });
    return html`<figure class="sb-state ${className}" data-fixed-scheme><figcaption>${label}</figcaption>${el}</figure>`;
  };
  return html`${frameStyles}
    <div class="sb-grid sb-grid--two">${cell('Light page', 'sb-light')} ${cell('Dark page (color-scheme: dark)', 'sb-dark')}</div>`;
}

/** A widget that renders nothing by design, inside a labelled frame. */
export function emptyFrame(label: string, tag: string, args: Args, expect: Expect = 'ready'): TemplateResult {
  return html`${frameStyles}${stateCell(label, tag, args, expect, '', true)}`;
}
