/**
 * The heights dist/sos-widgets.css holds are measured, not typed: this renders every variant of
 * every element in every language at every width band again, from the built bundle, and fails
 * when the committed figures (scripts/hold/heights.json) are more than a few pixels off.
 */
import { expect } from '@open-wc/testing';
import { LANGUAGES, VARIANTS, BANDS } from '../scripts/hold/variants.js';
import { measureLanguage } from '../scripts/hold/measure-in-page.js';

const TOLERANCE = 3;

describe('the heights the partner stylesheet holds', function () {
  this.timeout(120000);

  before(async () => {
    await import('/dist/sos-widgets.js' as string);
  });

  for (const lang of LANGUAGES) {
    it(`match a fresh measurement of every element and variant in ${lang}`, async () => {
      const committed = (await (await fetch('/scripts/hold/heights.json')).json()) as {
        bands: number[];
        heights: Record<string, Record<string, Record<string, number[]>>>;
      };
      expect(committed.bands).to.deep.equal(BANDS);
      const fresh = await measureLanguage(new URL('/dist/data/almaty.json', location.href).href, lang);
      const off: string[] = [];
      for (const [tag, variants] of Object.entries(VARIANTS)) {
        for (const variant of variants) {
          fresh[tag][variant].forEach((height: number, band: number) => {
            const held = committed.heights[lang][tag][variant][band];
            if (Math.abs(height - held) > TOLERANCE)
              off.push(`${tag}${variant} from ${BANDS[band]}px: holds ${held}, renders ${height}`);
          });
        }
      }
      expect(off, 'run `npm run build && npm run measure` and commit scripts/hold/heights.json').to.deep.equal([]);
    });
  }
});
