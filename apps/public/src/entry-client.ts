import { watchPostEffect } from 'vue';
import { createWebHistory } from 'vue-router';
import { createPortalApp, createState, currentHead } from './app';
import { applyHeadTags } from './core/head';
import { createApi } from './core/http';
import { localeOf } from './core/locale';
import type { PortalState } from './core/state';
import { messages } from './messages';
import './styles.css';

/** The server's state (a JSON data block: the CSP allows no inline script), or a fresh one. */
function serverState(): Partial<PortalState> | undefined {
  const el = document.getElementById('congxa-state');
  try {
    return el?.textContent ? (JSON.parse(el.textContent) as Partial<PortalState>) : undefined;
  } catch {
    return undefined;
  }
}

const portal = createPortalApp(createWebHistory(), createApi(), createState(location.origin, serverState()));
void portal.router.isReady().then(() => {
  portal.app.mount('#app');
  // After the render: by then the page shown has put its own head in place. Run before it (a pre-flush
  // watcher), the head of the page leaving would be read with the next page's data, and throw.
  watchPostEffect(() => {
    const path = portal.router.currentRoute.value.path;
    document.documentElement.lang = localeOf(path);
    applyHeadTags(document, currentHead(portal, messages[localeOf(path)].portal));
  });
});
