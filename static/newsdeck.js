// newsdeck: an embeddable news card feed.
//
// Include once, from wherever newsdeck is hosted:
//   <script type="module" src="https://example.com/newsdeck/newsdeck.js"></script>
// Every [data-newsdeck] element on the page becomes a widget, also elements
// added later. The WebAssembly file is loaded from beside this script.
//
// For pages that prefer script: newsdeck.mount(element, options) returns a
// handle with destroy() and setQuery(view); see the README.

import init, { mount } from './newsdeck-app.js';

await init();

const newsdeck = Object.freeze({
  mount: (element, options = {}) => mount(element, options),
});

window.newsdeck = newsdeck;
export default newsdeck;
export { mount };
