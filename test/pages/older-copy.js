// Stands in for an older sos-widgets.js that ran earlier on the page.
globalThis[Symbol.for('sos-village-widgets.bundle')] = '0.0.9';
