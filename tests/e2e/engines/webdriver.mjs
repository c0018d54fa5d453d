// The few W3C WebDriver commands the engine journeys use, spoken over plain
// HTTP with fetch. geckodriver, WebKitWebDriver and chromedriver all answer
// them alike; a client library would add a dependency tree (and, for
// selenium-webdriver, a driver downloader that cannot work offline) for what
// is a dozen requests, and would hide the driver's own error messages.

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Keys by the names the journeys use, as WebDriver codes them. */
const KEYS = {
  Tab: '\uE004',
  Enter: '\uE007',
  Escape: '\uE00C',
  PageDown: '\uE00F',
  PageUp: '\uE00E',
  End: '\uE010',
  Home: '\uE011',
  Control: '\uE009',
  Shift: '\uE008',
};

/** Functions given to `execute` run in the page after this prelude: `widget`
 *  is a widget's shadow root (the first widget's unless a host selector is
 *  given), `$` and `$$` query inside it, and `titleOf(card)` is a card's
 *  title as its label names it (the heading also says where the link opens). */
const PRELUDE = `
  const widget = (host = '[data-newsdeck]') => document.querySelector(host)?.shadowRoot ?? null;
  const $ = (selector, host) => widget(host)?.querySelector(selector) ?? null;
  const $$ = (selector, host) => [...(widget(host)?.querySelectorAll(selector) ?? [])];
  const titleOf = (card) => card?.getRootNode().getElementById(card.getAttribute('aria-labelledby'))?.textContent;
`;

export class Session {
  constructor(driver, id) {
    this.driver = driver;
    this.id = id;
  }

  /** Opens a session on the driver at `driver` (its base URL). */
  static async start(driver, capabilities) {
    const { sessionId } = await request('POST', `${driver}/session`, { capabilities: { alwaysMatch: capabilities } });
    const session = new Session(driver, sessionId);
    await session.command('POST', '/timeouts', { script: 60_000, pageLoad: 60_000, implicit: 0 });
    return session;
  }

  command(method, path, body) {
    return request(method, `${this.driver}/session/${this.id}${path}`, body);
  }

  navigate(url) {
    return this.command('POST', '/url', { url });
  }

  url() {
    return this.command('GET', '/url');
  }

  back() {
    return this.command('POST', '/back', {});
  }

  refresh() {
    return this.command('POST', '/refresh', {});
  }

  /** Runs `fn(...args)` in the page (after PRELUDE) and resolves to what it
   *  returns, awaited when it is a promise. Elements pass both ways. */
  execute(fn, ...args) {
    const script = `${PRELUDE}\nreturn (${fn}).apply(null, arguments);`;
    return this.command('POST', '/execute/sync', { script, args });
  }

  click(element) {
    return this.command('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  /** Types `text` into `element`, as a reader's keystrokes. */
  type(element, text) {
    return this.command('POST', `/element/${element[ELEMENT]}/value`, { text });
  }

  /** Presses each key (a character, or a name from KEYS; `Control+End`
   *  holds the first while pressing the second) into the focused element. */
  async press(...keys) {
    const actions = keys.flatMap((key) => {
      const codes = key.length > 1 ? key.split('+').map((name) => KEYS[name] ?? name) : [key];
      return [...codes.map((value) => ({ type: 'keyDown', value })), ...codes.reverse().map((value) => ({ type: 'keyUp', value }))];
    });
    await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.command('DELETE', '/actions');
  }

  /** Sizes the viewport (not the window) to `width` × `height`, whatever
   *  room the engine's window gives its frame. */
  async viewport(width, height) {
    await this.command('POST', '/window/rect', { width, height });
    const inner = await this.execute(() => [window.innerWidth, window.innerHeight]);
    await this.command('POST', '/window/rect', { width: 2 * width - inner[0], height: 2 * height - inner[1] });
  }

  /** The viewport as PNG bytes. */
  async screenshot() {
    return Buffer.from(await this.command('GET', '/screenshot'), 'base64');
  }

  /** Commands after this act in the page of the `<iframe>` `element`, or in
   *  the top page again when `element` is null. */
  frame(element) {
    return element ? this.command('POST', '/frame', { id: element }) : this.command('POST', '/frame/parent', {});
  }

  quit() {
    return this.command('DELETE', '');
  }
}

async function request(method, url, body) {
  const response = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const { value } = await response.json();
  if (value?.error) throw new Error(`${method} ${new URL(url).pathname}: ${value.error}: ${value.message}`);
  return value;
}
