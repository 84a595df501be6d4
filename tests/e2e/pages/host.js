// The host page's own script: keeps ticking and answering clicks whatever the widget does.
(() => {
  const ticks = document.getElementById('host-ticks');
  const clicks = document.getElementById('host-clicks');
  let n = 0, c = 0;
  setInterval(() => { ticks.textContent = String(++n); }, 100);
  document.getElementById('host-button').addEventListener('click', () => { clicks.textContent = String(++c); });
})();
