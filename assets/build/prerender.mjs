// The home page prerendered into index.html, so the first paint does not wait for the wasm: the
// built app renders it once in headless Chromium, the markup is kept, inert, and the app replaces
// it when it starts. Release builds only (post_build.mjs).
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serve } from './serve.mjs';

/** The home page's markup as the built app in `stage` renders it for a first visit (Russian,
 * nothing ticked). */
async function renderHome(stage, publicUrl) {
  const { server, url } = await serve(stage, 0, publicUrl);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);
    await page.locator('[data-testid="profession"]').first().waitFor();
    if (errors.length) throw new Error(`the app failed while prerendering: ${errors.join('; ')}`);
    return await page.evaluate(() =>
      [...document.body.children]
        .filter((e) => !['SCRIPT', 'NOSCRIPT', 'LINK', 'TEMPLATE'].includes(e.tagName))
        .map((e) => e.outerHTML)
        .join(''));
  } finally {
    await browser.close();
    server.close();
  }
}

// Shown only where the app would render the same thing: the home page, Russian, nothing ticked.
// Inert, so nothing can be typed into it before the app takes over.
const gate = `(function(){var p=document.getElementById("prerender");try{var b=new URL(document.baseURI).pathname,h=location.pathname,l=localStorage.getItem("grades.language")||"",a=localStorage.getItem("grades.assessment")||"";if(h!==b&&h!==b+"index.html"||l&&l.indexOf('"ru"')<0||/"ticked":\\[\\s*"/.test(a))p.remove()}catch(e){p.remove()}})()`;

/**
 * Trunk's loader, changed so that with the static copy shown the app starts after its first paint:
 * the copy is painted at once instead of after the wasm (which a preload in <head> would fetch
 * first, competing with the stylesheets), and the app's identical rendering is not a new paint.
 */
function startAfterFirstPaint(html) {
  const loader = /<script type=module>([\s\S]*?)<\/script>/.exec(html);
  const js = loader && /from '([^']+\.js)'/.exec(loader[1]);
  const wasm = loader && /module_or_path: '([^']+\.wasm)'/.exec(loader[1]);
  if (!js || !wasm) throw new Error("Trunk's loader script changed: update prerender.mjs");
  const script = `const p=document.getElementById("prerender");`
    + `if(p)await new Promise(r=>requestAnimationFrame(()=>setTimeout(r)));`
    + `const bindings=await import(${JSON.stringify(js[1])});`
    + `const wasm=await bindings.default({module_or_path:${JSON.stringify(wasm[1])}});`
    + `window.wasmBindings=bindings;`
    + `dispatchEvent(new CustomEvent("TrunkApplicationStarted",{detail:{wasm}}));`;
  return html
    .replace(loader[0], `<script type=module>${script}</script>`)
    .replace(/<link[^>]*\brel=(?:modulepreload|preload)\b[^>]*>/g, '');
}

/**
 * `template` (Trunk's index.html, before its CSP is filled in) with the home page of the app
 * staged in `stage` prerendered into it. The staged index.html must be the working shell.
 */
export async function prerender(stage, publicUrl, template) {
  const home = await renderHome(stage, publicUrl);
  return startAfterFirstPaint(template).replace(
    '</body>',
    `<div id="prerender" inert>${home}</div><script>${gate}</script></body>`,
  );
}
