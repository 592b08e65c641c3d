import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  open: false,
  watch: false,
  port: Number(process.env.PORT ?? 8000),
  rootDir: '.',
  appIndex: 'demo/index.html',
  nodeResolve: { exportConditions: ['development'] },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
};
