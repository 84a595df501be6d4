// Records the messages the iframe page sends (test only).
(() => {
  window.__probe.messages = [];
  addEventListener('message', (e) => { window.__probe.messages.push(e.data); });
})();
