/**
 * The header search box's loader: the only search code every page ships. It
 * binds the `/` shortcut and, on first focus or input, imports the live part
 * (search-box-live.ts), which loads Pagefind.
 */

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;

  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || target instanceof HTMLInputElement;
}

class SearchBoxElement extends HTMLElement {
  #activated = false;

  connectedCallback(): void {
    const input = this.querySelector<HTMLInputElement>('input[type="search"]');
    if (input === null) throw new Error('errdex-search-box needs an <input type="search">');

    document.addEventListener('keydown', (event) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
      if (isTextEntry(event.target)) return;

      event.preventDefault();
      input.focus();
      input.select();
    });

    const activate = () => {
      if (this.#activated) return;
      this.#activated = true;
      void import('./search-box-live').then(({ attachLiveSearch }) => attachLiveSearch(this, input));
    };
    input.addEventListener('focus', activate, { once: true });
    input.addEventListener('input', activate, { once: true });
  }
}

customElements.define('errdex-search-box', SearchBoxElement);
