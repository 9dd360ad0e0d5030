/// <reference types="vitest/config" />
import { defaultClientConditions, defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  base: '/admin/',
  plugins: [vue()],
  resolve: {
    // vue-i18n without its message parser and code generator: src/i18n/compile.ts compiles our messages.
    alias: [{ find: /^vue-i18n$/, replacement: 'vue-i18n/dist/vue-i18n.runtime.mjs' }],
    // libs/shared exports its TypeScript sources under the "congxa-source" condition (a name of our own: other packages, e.g. @internationalized/date, ship raw sources under "source").
    conditions: ['congxa-source', ...defaultClientConditions],
  },
  define: {
    __VUE_PROD_DEVTOOLS__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'true',
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    // `npm run dev -w @congxa/admin` next to a running API on :3000.
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
  },
});
