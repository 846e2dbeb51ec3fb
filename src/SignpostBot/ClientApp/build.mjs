// Bundles the widget (Bot Framework Web Chat included) and copies the page template, so the app serves
// everything itself: no CDN, no third-party request. Run by the SignpostBot project's build (ClientApp.targets).
import * as esbuild from 'esbuild';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';

// Web Chat 4.18.1's transcript does not pass its CSP nonce to react-scroll-to-bottom, whose <style> the page's
// strict CSP would then block (the transcript would not scroll). Until Web Chat does, the bundle gives that
// library the widget's nonce. The build fails if the code to patch changes, so an upgrade cannot skip this.
const nonceModule = path.resolve('src/nonce.js');
const scrollToBottomNonce = {
  name: 'scroll-to-bottom-nonce',
  setup(build) {
    build.onLoad({ filter: /react-scroll-to-bottom[\\/]lib[\\/](esm[\\/])?ScrollToBottom[\\/]Composer\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const needle = 'nonce = _ref2.nonce,';
      if (!source.includes(needle)) {
        throw new Error(`react-scroll-to-bottom changed: '${needle}' not found in ${args.path}; review the nonce patch in build.mjs.`);
      }

      const patched = source.replace(needle, 'nonce = _ref2.nonce || __signpostGetNonce(),');
      return { contents: `import { getNonce as __signpostGetNonce } from ${JSON.stringify(nonceModule)};\n${patched}`, loader: 'js' };
    });
  },
};

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
  plugins: [scrollToBottomNonce],
  logLevel: 'warning',
});
await copyFile('src/index.html', 'dist/index.html');
await copyFile('src/page.css', 'dist/page.css');
