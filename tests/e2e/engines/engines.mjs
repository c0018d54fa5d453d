// The three engines readers use, each driven through its W3C WebDriver
// server: Firefox ESR (geckodriver), WebKitGTK, the engine of Safari
// (WebKitWebDriver and MiniBrowser, which need a display: a virtual one),
// and Chromium (chromedriver). Each can reach nothing but loopback: the
// corpus's pictures name real sites, and a test must not depend on them.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CHROMIUM_FLAGS } from '../harness.mjs';
import { answering, freePort, startDisplay, startProgram } from './processes.mjs';
import { Session } from './webdriver.mjs';

// Every host but loopback goes to a proxy on a port where nothing listens.
const CLOSED_PROXY = '127.0.0.1:9';
// Firefox's prefs for that are the component tests' (webdriver.json).
const FIREFOX_ON_LOOPBACK = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../../webdriver.json'), 'utf8'))['moz:firefoxOptions'].prefs;

const firefox = {
  name: 'Firefox ESR',
  driver: (port) => [process.env.GECKODRIVER ?? 'geckodriver', ['--host', '127.0.0.1', '--port', String(port), '--log', 'error']],
  capabilities: (scheme) => ({
    browserName: 'firefox',
    'moz:firefoxOptions': {
      binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
      args: ['-headless'],
      prefs: {
        ...FIREFOX_ON_LOOPBACK,
        // 0 is dark, 1 light: what the reader's system setting would say.
        'layout.css.prefers-color-scheme.content-override': scheme === 'dark' ? 0 : 1,
      },
    },
  }),
};

const webkit = {
  name: 'WebKitGTK',
  needsDisplay: true,
  driver: (port) => [process.env.WEBKITDRIVER ?? 'WebKitWebDriver', ['--host=127.0.0.1', `--port=${port}`]],
  // MiniBrowser inherits the driver's environment: WebKitGTK takes its proxy
  // from it, and its colour scheme from the GTK theme.
  env: (scheme) => ({
    http_proxy: `http://${CLOSED_PROXY}`,
    https_proxy: `http://${CLOSED_PROXY}`,
    no_proxy: '127.0.0.1',
    GTK_THEME: scheme === 'dark' ? 'Adwaita:dark' : 'Adwaita',
  }),
  capabilities: () => ({
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': {
      binary: process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
      args: ['--automation'],
    },
  }),
};

const chromium = {
  name: 'Chromium',
  driver: (port) => [process.env.CHROMEDRIVER ?? 'chromedriver', [`--port=${port}`, '--allowed-ips=127.0.0.1']],
  capabilities: (scheme) => ({
    browserName: 'chrome',
    'goog:chromeOptions': {
      binary: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--headless=new', ...CHROMIUM_FLAGS, ...(scheme === 'dark' ? ['--force-dark-mode'] : [])],
    },
  }),
};

export const ENGINES = { firefox, webkit, chromium };

/** The engines to run: NEWSDECK_ENGINES (`firefox,webkit`), else all. */
export const chosenEngines = () =>
  (process.env.NEWSDECK_ENGINES ?? Object.keys(ENGINES).join(','))
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean)
    .map((key) => {
      if (!ENGINES[key]) throw new Error(`unknown engine ${key}; expected one of ${Object.keys(ENGINES).join(', ')}`);
      return key;
    });

/** Starts `key`'s driver (and display) on free ports and opens a session
 *  whose reader prefers `scheme`, with a 1280 × 900 viewport in every engine
 *  (their own first sizes differ); `stop()` ends all of it. */
export async function startEngine(key, { scheme = 'light' } = {}) {
  const engine = ENGINES[key];
  const display = engine.needsDisplay ? await startDisplay() : null;
  const port = await freePort();
  const [command, args] = engine.driver(port);
  const driver = startProgram(command, args, {
    env: { ...engine.env?.(scheme), ...(display ? { DISPLAY: display.display } : {}) },
  });
  const stop = async () => {
    await driver.stop();
    await display?.stop();
  };
  try {
    const url = `http://127.0.0.1:${port}`;
    await answering(`${url}/status`, driver);
    const session = await Session.start(url, engine.capabilities(scheme));
    await session.viewport(1280, 900);
    return {
      name: engine.name,
      session,
      stop: async () => {
        await session.quit().catch(() => {});
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
