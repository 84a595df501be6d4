// Optional helper for host pages that embed the iframe version (embed.html): sizes each
// such iframe to the height its page reports. Include once, anywhere on the page:
//
//   <script src="https://YOUR-HOST/h200-map/resize.js" async></script>
//
// Defines no global name; accepts a message only from the window of an <iframe> on this
// page whose src has the message's origin, and only a sane height.
(() => {
  addEventListener('message', (e) => {
    const d = e.data;
    if (!d || d.type !== 'h200-map:height' || !Number.isFinite(d.height)) return;
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow !== e.source) continue;
      let origin;
      try { origin = new URL(frame.src, location.href).origin; } catch { return; }
      if (origin !== e.origin) return;
      frame.style.height = `${Math.max(120, Math.min(Math.ceil(d.height), 6000))}px`;
      return;
    }
  });
})();
