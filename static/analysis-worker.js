// The analysis worker: the page's own wasm (same files, same cache), instantiated a second time off the
// main thread, so a megabyte paste never freezes typing, scrolling or clicking. The page sends
// {type: 'init', glue, wasm} once (the hashed file names it loaded itself), then {id, text} per
// analysis; each answer is {id, bytes}: the analysis as domain::wire bytes, transferred, not copied.
let ready = null;

self.onmessage = async ({ data }) => {
  if (data.type === 'init') {
    ready = import(data.glue).then(async (glue) => {
      await glue.default({ module_or_path: data.wasm });
      return glue;
    });
    ready.catch((error) => self.postMessage({ type: 'failed', error: String(error) }));
    return;
  }
  try {
    const glue = await ready;
    const bytes = glue.gymhook_analyze(data.text);
    self.postMessage({ id: data.id, bytes }, [bytes.buffer]);
  } catch (error) {
    self.postMessage({ type: 'failed', id: data.id, error: String(error) });
  }
};
