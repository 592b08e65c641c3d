import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [sveltekit()],
  // Lit's server renderer and the elements as Node loads them (Lit's `node` build).
  ssr: { external: ['@lit-labs/ssr', 'lit', 'sos-village-widgets'] },
});
