// What the tests look for in the page, shared by the Playwright tests and
// the engine journeys: functions here run inside the page as they are
// written (Playwright's evaluate and WebDriver's execute both send their
// source), so they use nothing from outside themselves.

/** The parts of a widget that show it has loaded, or failed: in the live
 *  widget, not in a first screen written ahead of time. */
const LIVE = 'div:not(.nd-first):not([hidden]) > section.newsdeck';
export const SETTLED = ['[role="feed"][aria-busy="false"]', '[role="alert"]', '.nd-empty'].map((part) => `${LIVE} ${part}`);

/** What has keyboard focus, looking inside shadow roots (the widget lives in one). */
export function focusedElement() {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  const host = active?.getRootNode()?.host;
  return {
    tag: active?.tagName,
    className: active?.className ?? '',
    text: active?.textContent?.trim() ?? '',
    position: active?.getAttribute('aria-posinset') ?? null,
    href: active?.getAttribute('href') ?? null,
    widget: host?.id ?? null,
  };
}
