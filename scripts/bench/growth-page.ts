/** The host page of the growth run: a short English live blog whose posts are added by the bench. */
export function growthPage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live: defence ministers meet</title>
<style>body{font:17px/1.5 Georgia,serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#222}
.post{border-top:1px solid #ddd;padding:.5rem 0}</style></head>
<body><main><h1>Live: NATO defence ministers meet in Brussels</h1>
<p>Ministers discuss air defence for the eastern flank and the next NATO summit.</p>
<section id="live"></section></main></body></html>`;
}
