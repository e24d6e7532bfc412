// Pages prerendered into their html, so the first paint does not wait for the wasm: the built app
// renders each once in headless Chromium, the markup is kept, inert, and the app replaces it when
// it starts. Release builds only (post_build.mjs). The home page goes into index.html; a route of
// routes.json with a `prerender` selector goes into <route>.html. docs/architecture.md,
// "Loading per route".
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { serve } from './serve.mjs';

/** The markup of `path` as the built app in `stage` renders it for a first visit (Russian,
 * nothing stored), once `ready` matches. Form fields keep what they show: the app sets their
 * values as properties, which markup alone would lose. */
async function render(stage, publicUrl, path, ready) {
  const { server, url } = await serve(stage, 0, publicUrl);
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ serviceWorkers: 'block' });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(new URL(path, url).href);
    await page.locator(ready).first().waitFor();
    if (errors.length) throw new Error(`the app failed while prerendering ${path || 'home'}: ${errors.join('; ')}`);
    return await page.evaluate(() => {
      for (const field of document.querySelectorAll('input, textarea, select')) {
        if (field instanceof HTMLSelectElement) {
          for (const option of field.options) option.toggleAttribute('selected', option.selected);
        } else if (field instanceof HTMLTextAreaElement) {
          field.textContent = field.value;
        } else if (field.type === 'checkbox' || field.type === 'radio') {
          field.toggleAttribute('checked', field.checked);
        } else {
          field.setAttribute('value', field.value);
        }
      }
      return [...document.body.children]
        .filter((e) => !['SCRIPT', 'NOSCRIPT', 'LINK', 'TEMPLATE'].includes(e.tagName))
        .map((e) => e.outerHTML)
        .join('');
    });
  } finally {
    await browser.close();
    server.close();
  }
}

// Shown only where the app would render the same thing. The home page: Russian, nothing ticked.
const homeGate = `(function(){var p=document.getElementById("prerender");try{var b=new URL(document.baseURI).pathname,h=location.pathname,l=localStorage.getItem("grades.language")||"",a=localStorage.getItem("grades.assessment")||"";if(h!==b&&h!==b+"index.html"||l&&l.indexOf('"ru"')<0||/"ticked":\\[\\s*"/.test(a))p.remove()}catch(e){p.remove()}})()`;

/** Another page: its own path with no query or fragment (a share link), and a first visit, with
 * nothing stored but the Russian language. */
const routeGate = (segment) =>
  `(function(){var p=document.getElementById("prerender");try{var b=new URL(document.baseURI).pathname,h=location.pathname,s=${JSON.stringify(segment)},k=Object.keys(localStorage).filter(function(x){return x.indexOf("grades.")===0}),l=localStorage.getItem("grades.language");if(h!==b+s&&h!==b+s+".html"||location.search||location.hash||k.some(function(x){return x!=="grades.language"})||l&&l.indexOf('"ru"')<0)p.remove()}catch(e){p.remove()}})()`;

/**
 * Trunk's loader, changed so that with the static copy shown the app starts after its first paint:
 * the copy is painted at once instead of after the wasm (which a preload in <head> would fetch
 * first, competing with the stylesheets), and the app's identical rendering is not a new paint.
 * `after` runs before the app is fetched (once the copy is painted, if it is shown).
 */
function startAfterFirstPaint(html, after = '') {
  const loader = /<script type=module>([\s\S]*?)<\/script>/.exec(html);
  const js = loader && /from '([^']+\.js)'/.exec(loader[1]);
  const wasm = loader && /module_or_path: '([^']+\.wasm)'/.exec(loader[1]);
  if (!js || !wasm) throw new Error("Trunk's loader script changed: update prerender.mjs");
  const script = `const p=document.getElementById("prerender");`
    + `if(p)await new Promise(r=>requestAnimationFrame(()=>setTimeout(r)));${after}`
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
  const home = await render(stage, publicUrl, '', '[data-testid="profession"]');
  return startAfterFirstPaint(template).replace(
    '</body>',
    `<div id="prerender" inert>${home}</div><script>${homeGate}</script></body>`,
  );
}

/**
 * `html` (the route's page, before its CSP is filled in) with the route prerendered into it, once
 * `ready` matches. The page's code is in a chunk of its own: the copy stays until the chunk has
 * arrived (`data-lazy`, src/pages/lazy.rs). `chunks` (URLs) are fetched beside the main wasm
 * instead of after it, once the copy is painted, or at once for a visit that does not show it.
 */
export async function prerenderRoute(stage, publicUrl, html, segment, ready, chunks) {
  const copy = await render(stage, publicUrl, segment, ready);
  const fetches = chunks
    .map((url) => `{const l=document.createElement("link");l.rel="preload";l.as="fetch";l.crossOrigin="anonymous";l.href=${JSON.stringify(url)};document.head.append(l)}`)
    .join('');
  return startAfterFirstPaint(html, fetches).replace(
    '</body>',
    `<div id="prerender" data-lazy inert>${copy}</div><script>${routeGate(segment)}</script></body>`,
  );
}
