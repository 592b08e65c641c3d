import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  open: false,
  watch: false,
  port: Number(process.env.PORT ?? 8000),
  rootDir: '.',
  // The demo pages use paths relative to demo/, so the root sends people there.
  middleware: [
    (ctx, next) => {
      if (ctx.path === '/' || ctx.path === '/index.html') return ctx.redirect('/demo/index.html');
      return next();
    },
  ],
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
};
