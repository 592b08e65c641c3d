// The script-tag entry behind dist/sos-widgets.js: defines every element.
import './define/all.js';
