// A reader in one engine: opens pages of the site and uses the widget as a
// person does (real clicks, typing and key presses through WebDriver), and
// reads its shadow DOM to check what they would see. Journeys are written
// against this, so each runs unchanged in every engine.

import { focusedElement, SETTLED } from '../in-page.mjs';

const WIDGET = '[data-newsdeck]';
const PATIENCE_MS = 20_000;

export class Reader {
  constructor(session, site) {
    this.session = session;
    this.site = site;
  }

  /** Opens `path` of the site and waits until each widget of `hosts` has
   *  loaded (or failed). */
  async open(path, hosts = [WIDGET]) {
    await this.session.navigate(this.site.url + path);
    for (const host of hosts) await this.settled(host);
  }

  settled(host = WIDGET) {
    return this.until((parts, host) => $(parts, host), SETTLED.join(', '), host);
  }

  /** Runs `fn(...args)` in the page (see webdriver.mjs for `$`, `$$` and
   *  `widget`) and resolves to its result. */
  read(fn, ...args) {
    return this.session.execute(fn, ...args);
  }

  /** Resolves to the first truthy result of `fn(...args)`, checked in the
   *  page on every frame; fails after PATIENCE_MS, quoting `fn`. */
  async until(fn, ...args) {
    const poll = `async (...args) => {
      const check = ${fn};
      const end = performance.now() + ${PATIENCE_MS};
      for (;;) {
        const found = await check(...args);
        if (found) return found;
        if (performance.now() > end) return null;
        await new Promise((next) => requestAnimationFrame(next));
      }
    }`;
    const found = await this.session.execute(poll, ...args);
    if (!found) throw new Error(`waited ${PATIENCE_MS / 1000} s for ${fn} with ${JSON.stringify(args)}`);
    return found;
  }

  /** The widget's element matching `selector` whose text contains `text`
   *  (any, if none given), once there is one. */
  element(selector, { text = '', host = WIDGET } = {}) {
    return this.until(
      (selector, text, host) => $$(selector, host).find((element) => element.textContent.includes(text)),
      selector,
      text,
      host,
    );
  }

  async click(selector, options) {
    await this.session.click(await this.element(selector, options));
  }

  /** Clicks into the field and types `text`, key by key. */
  async type(selector, text, options) {
    await this.session.type(await this.element(selector, options), text);
  }

  press(...keys) {
    return this.session.press(...keys);
  }

  /** Waits until the widget's `selector` reads exactly `text`. */
  untilText(selector, text, host = WIDGET) {
    return this.until((selector, text, host) => $(selector, host)?.textContent === text, selector, text, host);
  }

  text(selector, host = WIDGET) {
    return this.read((selector, host) => $(selector, host)?.textContent ?? null, selector, host);
  }

  /** What has keyboard focus, looking inside shadow roots. */
  focused() {
    return this.read(focusedElement);
  }

  /** Presses Tab until `matches(focused)` holds. */
  async tabUntil(matches, most = 20) {
    for (let i = 0; i < most; i += 1) {
      await this.press('Tab');
      if (matches(await this.focused())) return;
    }
    throw new Error(`Tab never reached it; focus is on ${JSON.stringify(await this.focused())}`);
  }

  /** Waits until the card at `position` (from 1) has focus. */
  cardFocused(position, host = WIDGET) {
    return this.until((position, host) => widget(host)?.activeElement?.getAttribute('aria-posinset') === position, String(position), host);
  }

  /** Waits until the page URL's parameter `name` is `value` (null: absent);
   *  the widget writes the URL once the view has changed. */
  untilParam(name, value) {
    return this.until((name, value) => new URLSearchParams(location.search).get(name) === value || null, name, value);
  }
}
