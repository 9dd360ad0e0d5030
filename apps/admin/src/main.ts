import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { setHttpHooks } from './core/http';
import { currentLocale, i18n } from './i18n';
import { createAppRouter } from './router';
import './styles/main.css';

document.documentElement.lang = currentLocale();

// After a redeploy an open tab may ask for lazy chunks that no longer exist: load the new build once.
window.addEventListener('vite:preloadError', (event) => {
  const key = 'congxa.admin.reloadedForChunks';
  if (sessionStorage.getItem(key)) return;
  event.preventDefault();
  sessionStorage.setItem(key, '1');
  window.location.reload();
});
setHttpHooks({ language: currentLocale });

const app = createApp(App);
app.use(createPinia());
app.use(i18n);
app.use(createAppRouter());
app.mount('#app');
