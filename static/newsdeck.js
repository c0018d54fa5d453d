// newsdeck: an embeddable news card feed.
//
// Include once, from wherever newsdeck is hosted:
//   <script type="module" src="https://example.com/newsdeck/newsdeck.js"></script>
// Every [data-newsdeck] element on the page becomes a widget, also elements
// added later. The WebAssembly file is loaded from beside this script.
//
// For pages that prefer script: newsdeck.mount(element, options) returns a
// handle with destroy() and setQuery(view); see the README. Their arguments
// are checked here, and a wrong one is a TypeError before the WebAssembly
// is called: an error thrown through it would leave its handle unusable.
//
// The crash boundary lives here: after a panic, or any trap (running out of
// memory is one, and skips the panic hook), the WebAssembly cannot be
// trusted (it stopped, maybe half-way through a render), so this script,
// not the WebAssembly, replaces every widget with an error box. Its Retry
// loads a fresh copy of the WebAssembly (a new module instance) on the same
// elements; their settings are in their attributes, or kept here.

/** The running copy of newsdeck-app.js, the address of its WebAssembly,
 *  and how many copies came before. */
let app;
let wasm;
let restarts = 0;
let crashed = false;
/** Every element that holds a widget: the handle of its widget in the
 *  running copy (none while crashed). Kept here, not in an attribute: a copy
 *  of the element (cloneNode, innerHTML) is another element, and gets a
 *  widget of its own. */
const widgets = new Map();
/** The options of widgets started by newsdeck.mount, by element, as
 *  attribute names and values (`{ 'data-page-size': '12' }`): kept here,
 *  not written onto the element, which stays the page's. */
const optionsOf = new WeakMap();
/** Views a page set (`setQuery`) before its widget was running: shown
 *  once it is. */
const pendingViews = new Map();
/** Elements found on the page that cannot hold a widget: tried once. */
const refused = new WeakSet();
/** The shadow roots newsdeck made, by element: another script's is not
 *  taken over, and a widget that goes leaves its own for the next. */
const roots = new WeakMap();
/** The elements that can have a shadow root, besides custom elements. */
const HOLDERS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'main', 'nav', 'p', 'section', 'span']);
/** Bundles of the widgets on the page, fetched as each widget is due
 *  rather than once newsdeck has loaded: by absolute address, one request
 *  for all the widgets that show it, each handed its own copy of the
 *  response once (clones, made before any is read). */
const early = new Map();

function fetchEarly(host) {
  const src = host.getAttribute('data-src')?.trim();
  try {
    const address = new URL(src, document.baseURI).href;
    const started = early.get(address);
    // A widget due before the answer shares the request; one due after
    // it (its copy could no longer be made) fetches itself.
    if (started && !started.answered) started.wanted += 1;
    if (!src || started) return;
    const controller = new AbortController();
    const sharing = { controller, wanted: 1, taken: 0, stopped: 0, answered: false };
    // The page's fetch, which may throw: the widget then fetches, and
    // reports, itself.
    sharing.copies = fetch(address, { signal: controller.signal }).then((response) => {
      sharing.answered = true;
      return Array.from({ length: sharing.wanted }, (_, i) => (i ? response.clone() : response));
    });
    // A failure is the widget's to report, when it takes the response.
    sharing.copies.catch(() => {});
    early.set(address, sharing);
  } catch {
    // An address the widget will report, when it starts.
  }
}

/** A widget's copy of the response fetched early for `address`, and its
 *  own controller: the request stops only once every widget sharing it
 *  has given up on it (each stops waiting when its server is too slow). */
function takeEarly(address) {
  const sharing = early.get(address);
  if (!sharing) return;
  const copy = sharing.taken++;
  if (sharing.taken >= sharing.wanted) early.delete(address);
  const controller = new AbortController();
  controller.signal.addEventListener('abort', () => {
    if (++sharing.stopped >= sharing.wanted) sharing.controller.abort();
  });
  return { response: sharing.copies.then((copies) => copies[copy]), controller };
}

async function boot() {
  // Fetched and compiled while the glue script loads, not after it; the
  // glue fetches it again itself should compiling here fail. Each copy has
  // an address of its own, which the stacks of its errors name: an older
  // copy's widgets are gone, but its timers and listeners may still run
  // into it, and must not stop this one.
  wasm = new URL(restarts ? `newsdeck-app_bg.wasm?restart=${restarts}` : 'newsdeck-app_bg.wasm', import.meta.url);
  const compiled = compile(wasm).catch(() => wasm);
  // A new address is a new module, with its own WebAssembly instance.
  const loading = import(restarts ? `./newsdeck-app.js?restart=${restarts}` : './newsdeck-app.js');
  if (!restarts && document.querySelector('[data-newsdeck]')) warmUpDates();
  const glue = await loading;
  await glue.default({ module_or_path: (await compiled) ?? wasm });
  app = glue;
  crashed = false;
  // An older copy that panics, its widgets long gone, must not stop this one.
  const copy = restarts;
  into(() => glue.start(() => copy === restarts && showCrash(), takeEarly));
  // A fresh copy (Retry) takes over every widget, with the same handles.
  mountEach([...widgets.keys()], true);
  mountFound();
}

/** The WebAssembly at `address`, compiled as it streams in; read whole
 *  through XMLHttpRequest when that fails, as it does when a host page
 *  replaced `fetch` with one that throws (or its server does not say
 *  application/wasm). */
async function compile(address) {
  try {
    return await WebAssembly.compileStreaming(fetch(address));
  } catch {
    const request = new XMLHttpRequest();
    request.open('GET', address);
    request.responseType = 'arraybuffer';
    const body = new Promise((loaded, failed) => {
      request.onload = () => loaded(request.response);
      request.onerror = failed;
    });
    request.send();
    return WebAssembly.compile(await body);
  }
}

/** Each [data-newsdeck] element on the page: started when it is due (see
 *  `schedule`), if it has no widget yet. */
function mountFound() {
  for (const host of document.querySelectorAll('[data-newsdeck]')) {
    if (!due.has(host)) schedule(host);
    else if (app) mountEach([host]);
  }
}

/** Elements whose widgets may start now, and those waiting to be due. */
const due = new WeakSet();
const scheduled = new WeakSet();
/** Watches the elements that start as they near the viewport. */
let nearing;

/** Starts `host`'s widget when its `data-load` says: `eager` at once;
 *  `visible` (the default under a first screen written ahead of time) as
 *  it comes within a screen of the viewport, so a feed further down costs
 *  the page nothing until then; `idle` once the browser has nothing else
 *  to do. Its bundle is fetched, and newsdeck loaded, only then. */
function schedule(host) {
  if (scheduled.has(host)) return;
  scheduled.add(host);
  const start = () => {
    due.add(host);
    fetchEarly(host);
    if (app) mountEach([host]);
    else loadNewsdeck();
  };
  const asked = host.getAttribute('data-load')?.trim();
  const when = ['eager', 'visible', 'idle'].includes(asked) ? asked : writtenScreen(host) ? 'visible' : 'eager';
  if (when === 'idle' && window.requestIdleCallback) {
    requestIdleCallback(start, { timeout: 5000 });
  } else if (when === 'visible' && window.IntersectionObserver) {
    nearing ??= new IntersectionObserver((entries) => {
      for (const { target, isIntersecting } of entries) {
        if (!isIntersecting) continue;
        nearing.unobserve(target);
        nearingStarts.get(target)?.();
      }
    }, { rootMargin: '100% 0px' });
    nearingStarts.set(host, start);
    nearing.observe(host);
  } else {
    start();
  }
}
const nearingStarts = new WeakMap();

/** Loads newsdeck's WebAssembly, once (a Retry after a crash loads it again). */
let booting;
function loadNewsdeck() {
  booting ??= boot();
  return booting;
}

/** The first screen `newsdeck render` wrote in `host`'s shadow root, if
 *  any. A browser that could not make that shadow root from the page's
 *  HTML (an older one, or a page that added the HTML through innerHTML)
 *  left its template, from which it is made here, before newsdeck loads. */
function writtenScreen(host) {
  const template = host.querySelector(':scope > template[shadowrootmode]');
  if (template && !host.shadowRoot) {
    try {
      host.attachShadow({ mode: 'open' }).append(template.content);
    } catch {
      return;
    }
  }
  template?.remove();
  const screen = host.shadowRoot?.querySelector('.nd-first');
  if (screen) roots.set(host, host.shadowRoot);
  return screen;
}

/** Starts a widget in each of `hosts` that has none (`again`: in each); an
 *  element that cannot hold one is tried once, and the console says why. */
function mountEach(hosts, again = false) {
  for (const host of hosts) {
    if (crashed) return;
    if (!again && (widgets.has(host) || refused.has(host))) continue;
    try {
      into(() => startIn(host));
    } catch (why) {
      console.warn(why.message);
      refused.add(host);
    }
  }
}

/** Starts a widget in `host`, which counts as one of the widgets from the
 *  start: should newsdeck stop while starting it, it shows the crash box. */
function startIn(host) {
  const shadow = shadowFor(host);
  widgets.set(host, undefined);
  // Before newsdeck has loaded, the element waits among the widgets, and
  // newsdeck is asked for: boot() starts them all.
  if (!app) return void loadNewsdeck();
  // In place of what a widget destroyed here left (its slot for the
  // element's own children); beside a written first screen.
  for (const slot of shadow.querySelectorAll('slot')) slot.remove();
  const first = shadow.querySelector('.nd-first');
  const handle = app.mount(host, shadow, optionsOf.get(host));
  widgets.set(host, handle);
  if (first) besideFirstScreen(host, shadow, first);
  const view = pendingViews.get(host);
  pendingViews.delete(host);
  if (view !== undefined) handle.setQuery(view);
}

/** The live widget, just mounted in `shadow` beside the first screen
 *  `first` that `newsdeck render` wrote, stays hidden (before it) until
 *  its feed is drawn, then replaces it in that frame: nothing moves, and a
 *  link or control the reader focused stays focused, found by its address
 *  or its id. Rendering beside rather than reusing the written DOM means a
 *  first screen from another release, or from older data, can never stop
 *  the widget: it is replaced, whatever it holds. A feed that could not
 *  load leaves the written stories in place, as readable as any page's
 *  links; the host page hears `newsdeck:error`. */
function besideFirstScreen(host, shadow, first) {
  const live = shadow.lastElementChild;
  live.hidden = true;
  shadow.insertBefore(live, first);
  const takeOver = () => {
    // Drawn in a task Yew schedules, which may come after this one: until
    // the live feed (or its message) is there, look again next frame,
    // before that frame is painted.
    if (!live.querySelector('[role="feed"], [role="alert"], .nd-empty')) return void requestAnimationFrame(takeOver);
    const focused = first.contains(shadow.activeElement) ? shadow.activeElement : null;
    const href = focused?.getAttribute('href');
    const part = focused?.id.replace(/^newsdeck-first/, '');
    const twin = href
      ? [...live.querySelectorAll('a[href]')].find((link) => link.getAttribute('href') === href)
      : part && live.querySelector(`[id$="${CSS.escape(part)}"]`);
    // One out, then the other in: were both in the page at once, the
    // browser would keep the old one's place in view (scroll anchoring).
    first.remove();
    live.hidden = false;
    // The twin is where the focused element was: no scrolling to it.
    twin?.focus({ preventScroll: true });
  };
  host.addEventListener('newsdeck:ready', () => queueMicrotask(takeOver), { once: true });
}

/** The shadow root of the widget in `host`, made if need be; an error
 *  saying why when the element cannot have one of ours. */
function shadowFor(host) {
  const ours = roots.get(host);
  if (ours) return ours;
  const name = host.localName;
  const taken = `newsdeck: ${named(host)} already has a shadow root, another script's; give the widget an element of its own`;
  if (host.shadowRoot) throw new Error(taken);
  try {
    roots.set(host, host.attachShadow({ mode: 'open' }));
  } catch {
    // A closed shadow root, or an element that can have none.
    throw new Error(HOLDERS.has(name) || name.includes('-') ? taken : `newsdeck: ${/^[aeio]/.test(name) ? 'an' : 'a'} <${name}> cannot hold a widget; use a <div>`);
  }
  return roots.get(host);
}

/** An element as a message names it: `<div id="news">`. */
const named = (element) => `<${element.localName}${element.id ? ` id="${element.id}"` : ''}>`;

/** A widget whose element has a new `data-src` starts again, from its
 *  attributes, keeping its handle (and, in the URL, its view). */
function reload(host) {
  const handle = widgets.get(host);
  if (handle) into(() => handle.destroy() ?? startIn(host));
}

/** Calls into the WebAssembly: an error out of it stops newsdeck (see
 *  `isOurs`), and the call gives `undefined`. Others, such as a refusal to
 *  mount, are thrown on. */
function into(call) {
  try {
    return call();
  } catch (error) {
    if (isOurs(error) !== 'running') throw error;
    stop(error);
  }
}

/** Which copy of newsdeck's WebAssembly `error` came out of, by its stack:
 *  'running', 'older', or none. A trap (RuntimeError) or an error thrown
 *  through the WebAssembly leaves it half-way through something, unfit to
 *  go on. A browser whose stacks name no module gets the benefit of the
 *  doubt for a trap. */
function isOurs(error) {
  const stack = String(error?.stack ?? '');
  if (stack.includes(`${wasm.href}:wasm-function[`)) return 'running';
  if (stack.includes(new URL('newsdeck-app_bg.wasm', import.meta.url).href)) return 'older';
  if (error instanceof WebAssembly.RuntimeError && !stack.includes('.wasm')) return 'running';
}

/** Errors that reach the page from newsdeck's WebAssembly (from its event
 *  listeners, timers and tasks) stop it as a panic does, instead of going
 *  uncaught with the widgets busy or frozen; an older copy's are silenced. */
function onPageError(event, error) {
  const ours = isOurs(error);
  if (!ours) return;
  event.preventDefault();
  if (ours === 'running') stop(error);
}
/** newsdeck stopped for `error`: says so once, and shows the crash box. */
function stop(error) {
  if (crashed) return;
  console.error('newsdeck: the widget stopped because of an error:', pageCause() ?? error);
  showCrash();
}

/** What the page itself broke that newsdeck needs, if anything: a property
 *  put on Object.prototype (`signal`, say) is read by the browser into the
 *  options of every event listener, which it then refuses. */
function pageCause() {
  try {
    new EventTarget().addEventListener('newsdeck', null, {});
  } catch (refused) {
    return `this page changed Object.prototype, and the browser refuses event listener options (${refused.message})`;
  }
}

/** The page's first `Intl` formatters load the browser's locale data, which
 *  takes tens of milliseconds: made here, while the WebAssembly and the
 *  bundles are still on their way, not while the first cards wait for them
 *  (a widget in another locale still gains, as most of it is shared). */
function warmUpDates() {
  try {
    new Intl.RelativeTimeFormat();
    new Intl.DateTimeFormat(undefined, { timeZoneName: 'short' });
  } catch {
    // A browser without it: the widget writes its own English dates.
  }
}

/** Called by the WebAssembly, once, as it panics: only plain DOM work here. */
function showCrash() {
  if (crashed) return;
  crashed = true;
  for (const host of widgets.keys()) {
    widgets.set(host, undefined);
    const shadow = roots.get(host);
    shadow?.replaceChildren(crashBox(shadow));
  }
}

/** The widget's error box, made without the WebAssembly, in the widget's
 *  own section so that its theme and styles still apply. */
function crashBox(shadow) {
  const element = (tag, className, text = '') => {
    const made = document.createElement(tag);
    made.className = className;
    made.textContent = text;
    return made;
  };
  const running = shadow.querySelector('section.newsdeck');
  const section = element('section', running?.className || 'newsdeck');
  // The landmark keeps the widget's own name (its section's, or before the
  // first render its `data-label`), so a page of several widgets still
  // tells them apart.
  const host = shadow.host;
  const label = running?.getAttribute('aria-label') || (optionsOf.get(host)?.['data-label'] ?? host.getAttribute('data-label'))?.trim();
  section.setAttribute('aria-label', label || 'News');
  const alert = element('div', 'nd-error');
  alert.setAttribute('role', 'alert');
  const words = element('div', 'nd-error__text');
  words.append(
    element('p', 'nd-error__title', 'The news stopped working.'),
    element('p', 'nd-error__detail', 'Something went wrong inside the news feed. Retry starts it again.'),
  );
  const retry = element('button', 'nd-button', 'Retry');
  retry.type = 'button';
  // No options: a page that broke them (see pageCause) still gets a Retry.
  retry.addEventListener('click', restart);
  alert.append(words, retry);
  section.append(alert);
  const root = document.createElement('div');
  root.append(section);
  return root;
}

async function restart() {
  for (const host of widgets.keys()) roots.get(host)?.replaceChildren();
  restarts += 1;
  await boot();
}

function mount(element, options) {
  if (!(element instanceof Element)) {
    throw new TypeError(`newsdeck.mount(element, options): the element is ${described(element)}, not an element`);
  }
  if (options != null && (typeof options !== 'object' || Array.isArray(options))) {
    throw new TypeError(`newsdeck.mount(element, options): the options are ${described(options)}, not an object such as { src: 'news.json' }`);
  }
  if (crashed) throw new Error('newsdeck: stopped after an error; mount again after Retry');
  if (widgets.has(element)) throw new Error(`newsdeck: ${named(element)} already holds a widget; destroy() it first`);
  // Refused before the element is changed at all.
  shadowFor(element);
  const settings = {};
  for (const [name, value] of Object.entries(options ?? {})) {
    if (value != null) settings[`data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`] = attributeValue(value);
  }
  optionsOf.set(element, settings);
  // Also what the page's theme rules select.
  element.setAttribute('data-newsdeck', '');
  into(() => startIn(element));
  return Object.freeze({
    destroy() {
      const handle = widgets.get(element);
      if (!widgets.delete(element)) return;
      pendingViews.delete(element);
      optionsOf.delete(element);
      // Else the next element the page adds would mount it again.
      element.removeAttribute('data-newsdeck');
      if (handle) into(() => handle.destroy());
      // The element as it was: its own children show again, unstyled.
      const shadow = roots.get(element);
      if (!shadow) return;
      shadow.replaceChildren(document.createElement('slot'));
      shadow.adoptedStyleSheets = [];
    },
    setQuery(view) {
      const text = viewText(view);
      const handle = widgets.get(element);
      if (handle) into(() => handle.setQuery(text));
      else if (widgets.has(element)) pendingViews.set(element, text);
    },
  });
}

/** An option as its attribute's value: `['AI', 'Robotics']` → `AI,Robotics`, `false` → `off`. */
function attributeValue(value) {
  if (Array.isArray(value)) return value.map(attributeValue).join(',');
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  return String(value);
}

/** A view as URL parameters: `'q=ai'` as it is, `{ q: 'ai', topic: ['AI', 'Robotics'] }`
 *  (or URLSearchParams) as `q=ai&topic=AI&topic=Robotics`. */
function viewText(view) {
  if (typeof view === 'string') return view;
  if (view instanceof URLSearchParams) return view.toString();
  if (view === null || typeof view !== 'object' || Array.isArray(view)) {
    throw new TypeError(`newsdeck: setQuery(view) takes a string such as 'q=ai' or an object such as { q: 'ai' }, not ${described(view)}; setQuery('') shows everything`);
  }
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(view)) {
    for (const each of [value].flat()) if (each != null) params.append(name, attributeValue(each));
  }
  return params.toString();
}

/** What a wrong argument is, for a message: `null`, `a number`, `an array`. */
function described(value) {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  const type = typeof value;
  return `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
}

const newsdeck = Object.freeze({
  mount,
  /** For testing the crash boundary only: makes the widget panic. */
  panicForTesting: () => app.panicForTesting(),
  /** For testing the crash boundary only: makes the WebAssembly trap
   *  without a panic, as running out of memory does. */
  trapForTesting: () => app.trapForTesting(),
});
// At once, not when the WebAssembly is ready: a classic script may call
// newsdeck.mount as soon as the page has loaded.
window.newsdeck = newsdeck;

window.addEventListener('error', (event) => onPageError(event, event.error));
window.addEventListener('unhandledrejection', (event) => onPageError(event, event.reason));
// Written first screens show at once, also in a browser that left them as
// templates; each widget starts when due. A page without widget elements
// mounts its widgets by script: newsdeck loads at once for it.
mountFound();
if (!document.querySelector('[data-newsdeck]')) loadNewsdeck();
// Widgets on elements the page adds (or marks) later, and new sources;
// watched from the start, so that what the page adds while newsdeck loads
// shows its written first screen at once.
new MutationObserver((changes) => {
  for (const { attributeName, target, oldValue } of changes) {
    if (attributeName === 'data-src' && oldValue !== target.getAttribute('data-src')) reload(target);
  }
  mountFound();
}).observe(document.documentElement, { childList: true, subtree: true, attributeFilter: ['data-newsdeck', 'data-src'], attributeOldValue: true });
await booting;

export default newsdeck;
export { mount };
