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

/** The contrast ratio (WCAG) of the text and background of each of
 *  `selectors`' first element in the widget. Colours are read through a
 *  canvas, so any CSS colour (oklch included) comes out as the sRGB the
 *  screen shows; a transparent background is what is behind it, up to the
 *  host page (white). */
export function contrastRatios(selectors) {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  const rgba = (colour) => {
    context.clearRect(0, 0, 1, 1);
    context.fillStyle = colour;
    context.fillRect(0, 0, 1, 1);
    return [...context.getImageData(0, 0, 1, 1).data];
  };
  const background = (element) => {
    for (let at = element; at; at = at.parentElement ?? at.getRootNode().host) {
      const [r, g, b, a] = rgba(getComputedStyle(at).backgroundColor);
      if (a > 0) return [r, g, b];
    }
    return [255, 255, 255];
  };
  const luminance = ([r, g, b]) =>
    [r, g, b]
      .map((v) => v / 255)
      .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
      .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const shadow = document.querySelector('[data-newsdeck]').shadowRoot;
  return Object.fromEntries(
    selectors.map((selector) => {
      const element = shadow.querySelector(selector);
      const [text, behind] = [luminance(rgba(getComputedStyle(element).color)), luminance(background(element))];
      return [selector, Math.round(((Math.max(text, behind) + 0.05) / (Math.min(text, behind) + 0.05)) * 100) / 100];
    }),
  );
}
