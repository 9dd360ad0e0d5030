import { createApp } from 'vue';
import App from './App.vue';
import { loadSite } from './modules/site/composables/useSite';
import { createAppRouter } from './router';
import './styles.css';

void loadSite();
createApp(App).use(createAppRouter()).mount('#app');
