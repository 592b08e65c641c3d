/**
 * The blocks of each element's docs page. The guidance is written (guidance.ts); the anatomy, the
 * parts and the tokens are read from the element itself, the manifest and the styles, so they
 * follow the code.
 */
import React, { useEffect, useRef, useState } from 'react';
import manifest from '../../custom-elements.json';
import tokens from 'virtual:sos-tokens';
import { GUIDANCE } from './guidance';

type Declaration = {
  tagName?: string;
  summary?: string;
  description?: string;
  cssParts?: { name: string; description?: string }[];
};

const declaration = (tag: string): Declaration =>
  (manifest as { modules: { declarations?: Declaration[] }[] }).modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.tagName === tag) ?? {};

/** Inline `code` in the guidance's text. */
const Text = ({ text }: { text: string }) => (
  <>
    {text
      .split(/(`[^`]+`)/)
      .map((piece, i) => (piece.startsWith('`') ? <code key={i}>{piece.slice(1, -1)}</code> : piece))}
  </>
);

const List = ({ items }: { items: string[] }) => (
  <ul>
    {items.map((item) => (
      <li key={item}>
        <Text text={item} />
      </li>
    ))}
  </ul>
);

/** What it is for, and when to use it or not. */
export const Purpose = ({ tag }: { tag: string }) => {
  const g = GUIDANCE[tag];
  return (
    <>
      <p className="sb-lead">
        <Text text={g.purpose} />
      </p>
      <div className="sb-two">
        <section>
          <h3>When to use it</h3>
          <List items={g.use} />
        </section>
        <section>
          <h3>When not to</h3>
          <List items={g.avoid} />
        </section>
      </div>
    </>
  );
};

/** Do and don't, side by side. */
export const DosAndDonts = ({ tag }: { tag: string }) => (
  <div className="sb-dos">
    {GUIDANCE[tag].dos.map(([doIt, dont]) => (
      <React.Fragment key={doIt}>
        <div className="sb-do">
          <strong>Do</strong>
          <p>
            <Text text={doIt} />
          </p>
        </div>
        <div className="sb-dont">
          <strong>Don’t</strong>
          <p>
            <Text text={dont} />
          </p>
        </div>
      </React.Fragment>
    ))}
  </div>
);

export const Content = ({ tag }: { tag: string }) => <List items={GUIDANCE[tag].content} />;
export const Accessibility = ({ tag }: { tag: string }) => <List items={GUIDANCE[tag].accessibility} />;

type Mark = { name: string; n: number; top: number; left: number; width: number; height: number };

/**
 * The element, ready, with each of its parts outlined and numbered, and a legend of the parts from
 * the manifest: the ones not drawn in this state are listed as such.
 */
export const Anatomy = ({
  tag,
  attributes = {},
  properties = {},
}: {
  tag: string;
  attributes?: Record<string, string>;
  properties?: Record<string, unknown>;
}) => {
  const host = useRef<HTMLDivElement>(null);
  const [marks, setMarks] = useState<Mark[]>([]);
  const parts = declaration(tag).cssParts ?? [];
  useEffect(() => {
    const box = host.current!;
    const el = document.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown>; state?: string };
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    Object.assign(el, properties);
    box.replaceChildren(el);
    let alive = true;
    const measure = async () => {
      await el.updateComplete;
      await new Promise(requestAnimationFrame);
      if (!alive || !el.shadowRoot) return;
      // Marks are placed in the figure, which holds the element and them.
      const origin = box.parentElement!.getBoundingClientRect();
      const seen = new Map<string, number>();
      const found: Mark[] = [];
      for (const node of el.shadowRoot.querySelectorAll<HTMLElement>('[part]')) {
        const rect = node.getBoundingClientRect();
        if (!rect.width || !rect.height) continue;
        for (const name of node.getAttribute('part')!.split(/\s+/)) {
          if (seen.has(name)) continue;
          seen.set(name, seen.size + 1);
          found.push({
            name,
            n: seen.get(name)!,
            top: rect.top - origin.top,
            left: rect.left - origin.left,
            width: rect.width,
            height: rect.height,
          });
        }
      }
      setMarks(found);
    };
    const onLoad = (event: Event) => event.target === el && void measure();
    el.addEventListener('sos-load', onLoad);
    // The element grows as its data, fonts and pictures arrive: measure again whenever it does.
    const resize = new ResizeObserver(() => void measure());
    resize.observe(el);
    void measure();
    return () => {
      alive = false;
      resize.disconnect();
      el.removeEventListener('sos-load', onLoad);
    };
  }, [tag]);
  const drawn = new Map(marks.map((m) => [m.name, m.n]));
  return (
    <div className="sb-anatomy">
      <div className="sb-anatomy-figure">
        <div ref={host} />
        {marks.map((m) => (
          <div
            key={m.name}
            className="sb-mark"
            style={{ top: m.top, left: m.left, width: m.width, height: m.height }}
            aria-hidden="true"
          >
            <span>{m.n}</span>
          </div>
        ))}
      </div>
      <table className="sb-table">
        <caption>
          Parts, for styling with <code>{`${tag}::part(name)`}</code>
        </caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Part</th>
            <th scope="col">What it is</th>
          </tr>
        </thead>
        <tbody>
          {[...parts]
            .sort((a, b) => (drawn.get(a.name) ?? 99) - (drawn.get(b.name) ?? 99))
            .map((part) => (
              <tr key={part.name}>
                <td>{drawn.get(part.name) ?? '–'}</td>
                <th scope="row">
                  <code>{part.name}</code>
                </th>
                <td>
                  {part.description}
                  {drawn.has(part.name) ? '' : ' (not drawn in this state)'}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
};

/** The tokens the element's styles read, with the code's defaults; the full list is on the tokens page. */
export const TokensRead = ({ tag }: { tag: string }) => {
  const list = tokens.filter((token) => token.elements.includes(tag));
  if (!list.length) return <p>None: it draws nothing of its own.</p>;
  return (
    <table className="sb-table">
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Group</th>
          <th scope="col">Default</th>
          <th scope="col">What it styles</th>
        </tr>
      </thead>
      <tbody>
        {list.map((token) => (
          <tr key={token.name}>
            <th scope="row">
              <code>{token.name}</code>
            </th>
            <td>{token.group}</td>
            <td>
              <code>{token.default ?? 'set by the element'}</code>
            </td>
            <td>{token.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

/** The docs pages' own styles. */
export const DocsStyles = () => (
  <style>{`
    .sb-lead { font-size: 1.1em; }
    .sb-two { display: grid; gap: 1rem 2rem; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); }
    .sb-dos { display: grid; gap: 0.75rem 1rem; grid-template-columns: 1fr 1fr; margin-block: 1rem; }
    .sb-do, .sb-dont { padding: 0.5rem 0.75rem; border-block-start: 4px solid; background: #f6f8f6; }
    .sb-do { border-color: #1e7a3c; }
    .sb-dont { border-color: #b3261e; background: #fbf5f5; }
    .sb-do p, .sb-dont p { margin: 0.25rem 0 0; }
    .sb-anatomy { display: grid; gap: 1.5rem; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); align-items: start; }
    @media (max-width: 900px) { .sb-anatomy { grid-template-columns: 1fr; } }
    .sb-anatomy-figure { position: relative; padding: 1rem; border: 1px solid #ddd; font: 18px/1.6 Georgia, serif; }
    .sb-mark { position: absolute; outline: 1px dashed #c2185b; pointer-events: none; }
    .sb-mark span { position: absolute; top: -9px; left: -9px; min-width: 18px; height: 18px; border-radius: 9px; background: #c2185b; color: #fff; font: 600 11px/18px system-ui, sans-serif; text-align: center; }
    .sb-table { border-collapse: collapse; width: 100%; font-size: 13px; }
    .sb-table caption { text-align: start; font-weight: 600; padding-block-end: 0.25rem; }
    .sb-table th, .sb-table td { border-bottom: 1px solid #ddd; padding: 4px 8px; text-align: start; vertical-align: top; }
    .sb-table th[scope='row'] { font-weight: normal; }
  `}</style>
);
