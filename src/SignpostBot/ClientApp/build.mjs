// Bundles the widget (Bot Framework Web Chat included) and copies the page template, so the app serves
// everything itself: no CDN, no third-party request. Run by the SignpostBot project's build (ClientApp.targets).
import * as esbuild from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';

await mkdir('dist', { recursive: true });
await esbuild.build({
  entryPoints: ['src/widget.js'],
  outfile: 'dist/widget.js',
  bundle: true,
  format: 'iife',
  minify: true,
  target: ['es2019'],
  legalComments: 'external',
  // The minimal Web Chat: our own hero card renders call buttons as tel: links, so Adaptive Cards are not needed.
  alias: { 'botframework-webchat-minimal': './node_modules/botframework-webchat/dist/botframework-webchat.minimal.mjs' },
  loader: { '.css': 'text' },
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  logLevel: 'warning',
});
await copyFile('src/index.html', 'dist/index.html');
await copyFile('src/page.css', 'dist/page.css');
