/// <reference types="vitest/config" />
import { defaultClientConditions, defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  base: '/',
  plugins: [vue()],
  resolve: {
    // libs/shared exports its TypeScript sources under the "congxa-source" condition (a name of our own: other packages, e.g. @internationalized/date, ship raw sources under "source").
    conditions: ['congxa-source', ...defaultClientConditions],
  },
  define: {
    __VUE_OPTIONS_API__: 'false',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  // The server build (`vite build --ssr`, into dist-server/) is imported by the API process, or by
  // server.mjs when the portal runs on its own: Vue and its router stay external, our own sources are bundled.
  ssr: {
    noExternal: ['@congxa/shared'],
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
  },
});
