// The prerendered page's own script: a classic script in <head> (scripts/postbuild.mjs adds it, content-hashed, to
// index.html and reference/index.html), so it runs before the first paint. index.html's body is the app's first view
// drawn at build time (`gymhook prerender`): it shows, and takes typing and pastes, before the wasm has arrived.
//  1. The theme remembered in localStorage (src/ui/shell/theme.rs) applies before the first paint: no light flash.
//  2. A paste too large for a text field is kept aside, as the app itself does (src/ui/explorer/paste_editor.rs):
//     the field shows its start, read-only, instead of freezing the page while it lays megabytes out.
//  3. Taking over: the wasm hydrates this HTML (it keeps the elements, so the text, the selection and the focus stay)
//     but starts with empty state, and resets the fields whose value it controls. It calls gymhookTakeover.before()
//     just before and .after() once its first render and that render's effects are done (src/ui/shell/takeover.rs):
//     what the fields held — values, the selection, the focus, a paste kept aside — goes into
//     the live page through the same events a user's input fires, so the app's state follows as if typed there.
//     (A link to another view is not hydrated but drawn afresh; matching fields by their order works for both.)
(() => {
  // Same key and values as src/ui/shell/theme.rs.
  const THEME_KEY = 'gymhook-theme';
  // src/ui/explorer/paste_editor.rs: LARGE_TEXT_BYTES and PREVIEW_BYTES (counted here in UTF-16 units).
  const LARGE_TEXT = 256 * 1024;
  const PREVIEW = 64 * 1024;
  const CONTROLS = 'input, textarea, select';

  try {
    const theme = window.localStorage.getItem(THEME_KEY);
    if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  } catch {
    // Storage refused (a private mode, a sandboxed frame): the system's theme, as in the app.
  }

  // The prerendered view is the explorer: a link to another view (#/reference…, #/export…) shows the page's frame
  // only until the app draws that view, never the explorer for a moment (styles.css, `data-prerendered`).
  if (/^#\/(reference|export)/.test(window.location.hash)) document.documentElement.dataset.prerendered = 'other-view';

  let keptAside = null;
  document.addEventListener('DOMContentLoaded', () => {
    const area = document.getElementById('payload-input');
    area?.addEventListener('paste', (event) => {
      // Hydration keeps this very element: once the app is live, its own handler decides.
      if (saved !== null || taken) return;
      const text = event.clipboardData?.getData('text') ?? '';
      if (text.length <= LARGE_TEXT && !area.readOnly) return;
      event.preventDefault();
      keptAside = text;
      area.value = text.slice(0, PREVIEW);
      area.readOnly = true;
    });
  });

  /** What a form control holds, when the user changed it from what the HTML said. */
  function changed(control) {
    if (control.type === 'file') return null;
    if (control.type === 'checkbox' || control.type === 'radio') {
      return control.checked === control.defaultChecked ? null : { checked: control.checked };
    }
    if (control.tagName === 'SELECT') {
      const moved = [...control.options].some((o) => o.selected !== o.defaultSelected);
      return moved ? { value: control.value } : null;
    }
    return control.value === control.defaultValue ? null : { value: control.value };
  }

  const signature = (el) => `${el.tagName}|${el.type ?? ''}|${el.id}|${el.dataset?.testid ?? ''}`;

  let saved = null;
  let taken = false;
  function before() {
    const all = [...document.body.getElementsByTagName('*')];
    const active = document.activeElement;
    saved = {
      controls: [...document.querySelectorAll(CONTROLS)].map((c) => ({ signature: signature(c), state: changed(c) })),
      focus: active && active !== document.body ? { index: all.indexOf(active), signature: signature(active) } : null,
      selection: active && typeof active.selectionStart === 'number'
        ? [active.selectionStart, active.selectionEnd, active.selectionDirection] : null,
      keptAside,
    };
  }

  function after() {
    if (!saved) return;
    const { controls, focus, selection } = saved;
    const live = [...document.querySelectorAll(CONTROLS)];
    controls.forEach(({ signature: was, state }, i) => {
      const control = live[i];
      if (!state || !control || signature(control) !== was) return;
      if (saved.keptAside !== null && control.id === 'payload-input') return;
      if ('checked' in state) control.checked = state.checked;
      else control.value = state.value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const area = document.getElementById('payload-input');
    if (saved.keptAside !== null && area) {
      // The app's own paste handler takes it (it keeps large texts out of the field).
      const data = new DataTransfer();
      data.setData('text/plain', saved.keptAside);
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }
    const target = focus && document.body.getElementsByTagName('*')[focus.index];
    if (target && signature(target) === focus.signature) {
      target.focus({ preventScroll: true });
      if (selection && typeof target.setSelectionRange === 'function' && !target.readOnly) {
        target.setSelectionRange(...selection);
      }
    }
    delete document.documentElement.dataset.prerendered;
    saved = null;
    taken = true;
    keptAside = null;
  }

  window.gymhookTakeover = { before, after };
})();
