/**
 * The source line every ready widget carries, the way news embeds carry theirs (an embedded post
 * its author, a chart "Source: … · Updated …"): who the material comes from, when its figures were
 * last updated, and a link to the village's own page. It tells a reader that what sits in the
 * article is the charity's material, not the publication's reporting.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { VillageProfile } from '../data/schema.js';
import { formatDate } from './format.js';
import { icon } from './icons.js';
import { safeHref } from '../data/url.js';

/** `figures`: the line names the date the figures were updated; `text`: the charity's own words. */
export type SourceKind = 'figures' | 'text';

/** A small neutral mark (a house under a roof): not the charity's logo, which partners are not given. */
const mark = icon(svg`<path d="M2.5 7.5 8 3l5.5 4.5M4 6.5V13h8V6.5" />`, {
  className: 'source-mark',
  viewBox: '0 0 16 16',
  strokeWidth: 1.6,
});

export function sourceLine(profile: VillageProfile, language: string, kind: SourceKind): TemplateResult {
  const date = kind === 'figures' && profile.updatedAt ? formatDate(profile.updatedAt, language) : '';
  const charity = msg('SOS Children’s Villages', { id: 'source.charity' });
  const href = safeHref(profile.url);
  const who = href ? html`<a class="source-link" part="attribution-link" href=${href}>${charity}</a>` : charity;
  const words =
    kind === 'figures'
      ? date
        ? html`${msg('Figures:', { id: 'source.figures' })} ${who}, ${msg(str`updated ${date}`, { id: 'source.updated' })}`
        : html`${msg('Figures:', { id: 'source.figures' })} ${who}`
      : html`${msg('From', { id: 'source.from' })} ${who}`;
  return html`<p class="source" part="attribution">${mark}<span>${words}</span></p>`;
}

/** The line's fixed words while the data loads: drawn at once, at the size the ready line takes. */
export function sourcePlaceholder(kind: SourceKind): TemplateResult {
  const charity = msg('SOS Children’s Villages', { id: 'source.charity' });
  return html`<p class="source" part="attribution" aria-hidden="true">
    ${mark}<span>${kind === 'figures' ? msg('Figures:', { id: 'source.figures' }) : msg('From', { id: 'source.from' })} ${charity}${kind === 'figures' ? html`<span class="skeleton skeleton-inline"></span>` : nothing}</span>
  </p>`;
}
