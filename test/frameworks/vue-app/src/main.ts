import { createApp } from 'vue';
import 'sos-village-widgets/define/village.js';
import 'sos-village-widgets/define/impact-stats.js';
import 'sos-village-widgets/define/sponsor-button.js';
import 'sos-village-widgets/define/village-news.js';
import 'sos-village-widgets/define/village-card.js';
import { parseProfile } from 'sos-village-widgets';
import App from './App.vue';

void fetch('/almaty.json')
  .then((response) => response.json())
  .then((json) => {
    const parsed = parseProfile(json);
    if (parsed.ok) createApp(App, { profile: parsed.profile }).mount('#app');
  });
