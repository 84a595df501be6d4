// Shared bits of the three benchmark pages: the same host page around each map.
export const VIEWPORT = { width: 1280, height: 900 };

/** A minimal news-page shell: same width, font and title for the three pages. */
export function shell(title, head, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1d1d1f}main{max-width:960px;margin:0 auto;padding:16px}</style>
${head}
</head>
<body>
<main>
<h1>Where can the NVIDIA H200 go?</h1>
${body}
</main>
</body>
</html>
`;
}
