// Accessibility measured on the release build: axe-core (WCAG 2.1 A and AA
// plus best practices) on every state a reader meets, looking inside the
// widgets' shadow roots; and what axe cannot judge: focus rings, touch
// target sizes on phones, and text enlarged to 200%.

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertAccessible, openSettled, servedRelease, widgetSettled } from './harness.mjs';

const BUNDLE = '**/demo-bundle.json';
const env = servedRelease();

// Motion reduced: axe measures colours as they settle, not halfway through
// a panel's fade-in.
const desktop = (colorScheme = 'light') => ({ viewport: { width: 1280, height: 900 }, colorScheme, reducedMotion: 'reduce' });
const phone = (colorScheme = 'light') => ({
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  colorScheme,
  reducedMotion: 'reduce',
});

/** The page at `path` with its widgets loaded and blocked pictures replaced by their stand-ins. */
async function open(path = '', options = desktop(), setUp = async () => {}) {
  const page = await openSettled(env.browser, env.server.url + path, setUp, options);
  await page.waitForLoadState('networkidle');
  return page;
}

async function searchAndFilter(page) {
  await page.getByRole('searchbox', { name: 'Search' }).fill('copilot');
  await page.locator('.nd-facet__item input:not(:disabled)').first().check();
  await page.locator('.nd-chip').nth(1).waitFor();
}

async function openRelated(page) {
  const toggle = page.locator('.nd-related-toggle').first();
  await toggle.click();
  await page.locator('.nd-related').first().waitFor();
}

describe('axe finds no violations', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`on the demo feed, filtered, and with a related panel open (${colorScheme})`, async () => {
      const page = await open('', desktop(colorScheme));
      await assertAccessible(page, `on the demo feed (${colorScheme})`);
      await searchAndFilter(page);
      await assertAccessible(page, `with a search, a facet and chips (${colorScheme})`);
      await openRelated(page);
      await assertAccessible(page, `with a related panel open (${colorScheme})`);
      await page.close();
    });

    test(`when the bundle cannot be loaded (${colorScheme})`, async () => {
      const page = await open('', desktop(colorScheme), (p) => p.route(BUNDLE, (route) => route.fulfill({ status: 500, body: 'boom' })));
      await page.getByRole('alert').getByRole('button', { name: 'Retry' }).waitFor();
      await assertAccessible(page, `in the error state (${colorScheme})`);
      await page.close();
    });

    test(`on a phone with the filters open (${colorScheme})`, async () => {
      const page = await open('', phone(colorScheme));
      await page.getByRole('button', { name: 'Filters' }).click();
      await page.getByRole('group', { name: 'Filters' }).waitFor();
      await assertAccessible(page, `on a phone with the filters open (${colorScheme})`);
      await page.close();
    });
  }

  test('on the example host page with two widgets', async () => {
    const page = await open('example.html');
    await page.locator('#ai [role="feed"][aria-busy="false"]').waitFor();
    await page.locator('#latest [role="feed"][aria-busy="false"]').waitFor();
    await assertAccessible(page, 'on the example host page');
    await page.close();
  });
});

describe('structure', () => {
  test('card titles are level 3 headings, and the widget adds only its named region as a landmark', async () => {
    const page = await open('example.html');
    await page.locator('#ai [role="feed"][aria-busy="false"]').waitFor();
    const widget = page.locator('#ai');
    assert.ok((await widget.locator('h3.nd-card__title').count()) > 0);
    assert.equal(await widget.locator('h1, h2, h4, h5, h6').count(), 0);
    assert.equal(await widget.locator('main, header, footer, nav, aside, [role="main"], [role="banner"], [role="contentinfo"]').count(), 0);
    assert.equal(await widget.getByRole('region', { name: 'AI briefing', exact: true }).count(), 1);
    // Pictures repeat the title beside them, so they are decorative.
    const alts = await widget.locator('img').evaluateAll((images) => [...new Set(images.map((img) => img.getAttribute('alt')))]);
    assert.ok(alts.every((alt) => alt === ''), `alt texts: ${alts}`);
    await page.close();
  });
});

describe('focus', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`every control shows a focus ring when reached with Tab (${colorScheme})`, async () => {
      const page = await open('', desktop(colorScheme));
      await searchAndFilter(page);
      await openRelated(page);
      await page.getByRole('searchbox', { name: 'Search' }).focus();
      const seen = new Map();
      for (let step = 0; step < 120; step += 1) {
        const ring = await page.evaluate(() => {
          let element = document.activeElement;
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
          if (!element?.closest('.newsdeck')) return null;
          // A card's title link rings the whole card, which it covers.
          const ringed = element.matches('.nd-card__link') ? element.closest('.nd-card') : element;
          const style = getComputedStyle(ringed);
          const kind = `${element.localName}.${[...element.classList].join('.')}${element.type ? `[${element.type}]` : ''}`;
          return { kind, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
        });
        if (ring === null) break;
        if (!seen.has(ring.kind) || ring.outline === 'none') seen.set(ring.kind, ring);
        await page.keyboard.press('Tab');
      }
      const kinds = [...seen.keys()].join(', ');
      for (const expected of ['nd-chip', 'nd-link-button', 'nd-card', 'nd-card__link', 'nd-related-toggle', 'nd-related__link', '[checkbox]', 'nd-select', 'nd-quality', 'nd-button']) {
        assert.ok(kinds.includes(expected), `Tab reached no ${expected}; reached ${kinds}`);
      }
      const missing = [...seen.values()].filter((r) => r.outline === 'none' || r.width < 2);
      assert.deepEqual(missing, [], 'controls without a visible focus ring');
      await page.close();
    });
  }
});

describe('contrast axe does not measure', () => {
  for (const colorScheme of ['light', 'dark']) {
    test(`the search placeholder is at least 4.5:1 (${colorScheme})`, async () => {
      const page = await open('', desktop(colorScheme));
      const ratio = await page.getByRole('searchbox', { name: 'Search' }).evaluate((input) => {
        const channels = (color) => color.match(/[\d.]+/g).slice(0, 3).map(Number);
        const luminance = (color) => {
          const [r, g, b] = channels(color).map((c) => c / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const text = luminance(getComputedStyle(input, '::placeholder').color);
        const background = luminance(getComputedStyle(input).backgroundColor);
        return (Math.max(text, background) + 0.05) / (Math.min(text, background) + 0.05);
      });
      assert.ok(ratio >= 4.5, `placeholder contrast ${ratio.toFixed(2)}:1`);
      await page.close();
    });
  }
});

/** Boxes smaller than 44 × 44 px among the visible matches of `selector`. */
async function smallTargets(page, selector) {
  return page.locator(selector).evaluateAll((elements) =>
    elements
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && box.height > 0)
      .filter(({ box }) => box.width < 44 || box.height < 44)
      .map(({ element, box }) => `${element.className || element.localName} "${element.textContent.trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
}

describe('touch targets on a phone', () => {
  test('every control is at least 44 × 44 px', async () => {
    const page = await open('', phone());
    assert.ok(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'the phone emulation has a coarse pointer');
    await page.getByRole('button', { name: 'Filters' }).click();
    await searchAndFilter(page);
    await openRelated(page);
    const controls = [
      '.nd-facet__item label',
      '.nd-chip',
      '.nd-link-button',
      '.nd-related-toggle',
      '.nd-button',
      '.nd-select',
      '.nd-search__input',
      '.nd-quality',
    ];
    for (const selector of controls) assert.ok((await page.locator(selector).count()) > 0, `no ${selector} to measure`);
    assert.deepEqual(await smallTargets(page, controls.join(', ')), []);
    await page.close();

    const failed = await open('', phone(), (p) => p.route(BUNDLE, (route) => route.fulfill({ status: 500, body: 'boom' })));
    await failed.getByRole('button', { name: 'Retry' }).waitFor();
    assert.deepEqual(await smallTargets(failed, '.nd-button'), []);
    await failed.close();
  });
});

/** Elements that cut off their text: clipped overflow with more content
 *  than room. Excerpts are meant to be cut (the story holds the rest). */
function clippedText() {
  const all = [];
  const walk = (root) => {
    for (const element of root.querySelectorAll('*')) {
      all.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(document);
  return all
    .filter((element) => element.closest('.newsdeck') && !element.closest('.nd-visually-hidden, .nd-card__excerpt, .nd-related__excerpt'))
    .filter((element) => element.textContent.trim() !== '' && element.getClientRects().length > 0)
    .filter((element) => {
      const style = getComputedStyle(element);
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible' || style.textOverflow === 'ellipsis';
      return clips && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1);
    })
    .map((element) => `${element.className || element.localName}: ${element.textContent.trim().slice(0, 40)}`);
}

describe('text enlarged to 200%', () => {
  for (const [name, options] of [
    ['desktop', desktop()],
    ['phone', phone()],
  ]) {
    test(`loses nothing on a ${name}`, async () => {
      // A reader's 32 px default font size, as the browser setting gives it.
      const page = await open('', options, (p) => p.addInitScript(() => document.addEventListener('DOMContentLoaded', () => (document.documentElement.style.fontSize = '200%'))));
      // Twice the text makes even a desktop widget narrow: filters fold away.
      await page.getByRole('button', { name: 'Filters' }).click();
      await searchAndFilter(page);
      await openRelated(page);
      const size = await page.locator('.newsdeck').first().evaluate((element) => getComputedStyle(element).fontSize);
      assert.equal(size, '32px', 'the widget follows the reader’s font size');
      assert.deepEqual(await page.evaluate(clippedText), []);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
      await page.close();
    });
  }
});
