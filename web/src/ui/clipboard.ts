/**
 * Copies an element's text. Without clipboard access (an insecure origin, a refused permission) it
 * selects the text instead, so that the operator can press Ctrl+C, and rejects.
 */
export async function copyElementText(el: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(el.textContent ?? '');
  } catch (err) {
    const range = document.createRange();
    range.selectNodeContents(el);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    throw err;
  }
}

/** What a Copy button says after trying. */
export const COPY_REFUSED = 'Copying was refused: the text is selected, press Ctrl+C.';
