export default defineNuxtConfig({
  compatibilityDate: '2025-07-01',
  telemetry: false,
  devtools: { enabled: false },
  app: { head: { htmlAttrs: { lang: 'en' }, link: [{ rel: 'icon', href: 'data:,' }] } },
  vue: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sos-') } },
});
