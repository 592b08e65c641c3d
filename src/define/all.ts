// Registers every element. The provider comes first, so widgets upgraded inside it find it at once.
import './village.js';
import './impact-stats.js';
import './village-card.js';
import './sponsor-button.js';
import './village-story.js';
import './village-facts.js';
import './village-media.js';
import './village-news.js';
