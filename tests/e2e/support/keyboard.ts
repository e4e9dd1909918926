import type { Locator, Page } from 'playwright-core';

/** Has this element the focus now? (Read it through `expect.poll` when the page moves it in an effect.) */
export const hasFocus = (target: Locator) => target.evaluate((element) => element === document.activeElement);

/**
 * Presses Tab until the element has the focus: the keyboard's way to reach it.
 * The element is found again before each press, so a render in between does not lose it.
 */
export async function tabTo(page: Page, target: Locator) {
  await target.waitFor();
  for (let presses = 0; presses < 400; presses++) {
    if (await hasFocus(target)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`La touche Tab n’atteint pas ${String(target)}.`);
}

/** Reaches the element with Tab, then presses Enter on it. */
export async function pressOn(page: Page, target: Locator) {
  await tabTo(page, target);
  await page.keyboard.press('Enter');
}
