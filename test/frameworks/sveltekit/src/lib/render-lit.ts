// On the server: a Lit template as HTML, each element's ready content in a declarative shadow root.
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';

export const renderLit = (template: TemplateResult): Promise<string> => collectResult(render(template));
