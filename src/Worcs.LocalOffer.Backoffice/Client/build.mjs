// Turns the npm package @umbraco-cms/backoffice into files a browser can load from our host, in ./build
// (git-ignored). The MSBuild target in ../Worcs.LocalOffer.Backoffice.csproj runs it; see ../README.md.
//
// The npm package is the client's unbundled ES modules, written for Vite. Browsers need, in addition:
// - its peer dependencies (lit, tiptap, rxjs...) as modules an importmap can name: bundled here into vendor/;
// - Monaco's Vite-only `?worker` and `?inline` imports: external/monaco-editor/index.js is rebuilt here with
//   real module workers, so the code editors can work;
// - `import packageJson from '../../../../package.json'` (sysinfo): answered by package.json.js, which the host
//   page's importmap substitutes for that URL;
// - the CSS and fonts of @umbraco-ui/uui-css, and css/umb-css.css and css/rte-content.css (ours, in ./css).
// Every text file gets .br and .gz siblings so the host serves them compressed without work per request.
// backoffice-client.json names the version segment of the URLs and the importmap (paths relative to the build).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import * as esbuild from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const clientPackage = path.join(here, 'node_modules/@umbraco-cms/backoffice');
const dist = path.join(clientPackage, 'dist-cms');
const finalOut = path.join(here, 'build');
const out = path.join(here, 'build.tmp');
const clientUrlPrefix = '/umbraco/backoffice/';
const bundledMonaco = 'external/monaco-editor/index.js';

// Build-time files of the npm package that the browser never asks for.
const notServed = (rel) =>
    rel.endsWith('.d.ts') || rel.endsWith('.tsbuildinfo') || /(^|\/)vite[.-]config[^/]*\.js$/.test(rel) ||
    rel.startsWith('json-schema/') ||
    rel.endsWith('-test-utils.js') || rel.endsWith('openapi-ts.config.js') || ['custom-elements.json', 'vscode-html-custom-data.json',
        'umbraco-package-schema.json', 'tsconfig.build.json', bundledMonaco].includes(rel);

function filesUnder(root, rel = '') {
    return fs.readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((entry) => {
        const child = rel ? `${rel}/${entry.name}` : entry.name;
        return entry.isDirectory() ? filesUnder(root, child) : [child];
    });
}

function copy(from, to) {
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
}

function copyClient() {
    const files = filesUnder(dist).filter((rel) => !notServed(rel));
    for (const rel of files) copy(path.join(dist, rel), path.join(out, rel));
    return files.filter((rel) => rel.endsWith('.js'));
}

// Bare specifiers of the client's static imports (tsc output: one import per line), except its own and Monaco's.
function bareImports(jsFiles) {
    const specifiers = new Map();
    const importLine = /^\s*(?:import|export)\s*(?:(\*|[\w$]+)?[^'";]*?\bfrom\s*)?['"]([^'"./][^'"]*)['"]/gm;
    for (const rel of jsFiles) {
        for (const [, binding, specifier] of fs.readFileSync(path.join(out, rel), 'utf8').matchAll(importLine)) {
            if (specifier.startsWith('@umbraco-cms/backoffice/') || specifier.startsWith('monaco-editor')) continue;
            const needsDefault = specifiers.get(specifier) || (binding !== undefined && binding !== '*');
            specifiers.set(specifier, needsDefault);
        }
    }
    return specifiers;
}

async function bundleVendor(specifiers) {
    const entrySource = path.join(here, 'build.tmp-entries');
    fs.mkdirSync(entrySource, { recursive: true });
    const entryPoints = {};
    const imports = {};
    for (const [specifier, needsDefault] of [...specifiers].sort()) {
        const name = specifier.replace(/[^a-zA-Z0-9]+/g, '_').replace(/^_/, '');
        const file = path.join(entrySource, `${name}.js`);
        const reexport = `export * from '${specifier}';\n` + (needsDefault ? `export { default } from '${specifier}';\n` : '');
        fs.writeFileSync(file, reexport);
        entryPoints[name] = file;
        imports[specifier] = `vendor/${name}.js`;
    }
    await esbuild.build({
        entryPoints, bundle: true, splitting: true, format: 'esm', target: 'es2022', minify: true,
        outdir: path.join(out, 'vendor'), chunkNames: 'chunk-[hash]', legalComments: 'linked', logLevel: 'warning',
        nodePaths: [path.join(here, 'node_modules')],
    });
    fs.rmSync(entrySource, { recursive: true });
    return imports;
}

// Vite's `?worker` becomes a class that starts the worker as a module next to the bundle; `?inline` becomes text.
const monacoPlugin = {
    name: 'monaco-vite-imports',
    setup(build) {
        build.onResolve({ filter: /\?(worker|inline)$/ }, (args) => {
            const [request, kind] = args.path.split('?');
            const resolved = path.join(here, 'node_modules', request) + (kind === 'worker' ? '.js' : '');
            return { path: resolved, namespace: kind };
        });
        build.onLoad({ filter: /.*/, namespace: 'inline' }, (args) => ({ contents: fs.readFileSync(args.path, 'utf8'), loader: 'text' }));
        build.onLoad({ filter: /.*/, namespace: 'worker' }, async (args) => {
            const name = path.basename(args.path);
            await esbuild.build({
                entryPoints: [args.path], bundle: true, format: 'esm', target: 'es2022', minify: true,
                outfile: path.join(out, 'external/monaco-editor/workers', name), logLevel: 'warning',
            });
            const url = JSON.stringify(`./workers/${name}`);
            return { contents: `export default class { constructor() { return new Worker(new URL(${url}, import.meta.url), { type: 'module' }); } }`, loader: 'js' };
        });
        // The editor's own CSS imports are replaced by the ?inline stylesheet the client puts in its shadow root.
        build.onLoad({ filter: /\.css$/ }, () => ({ contents: '', loader: 'css' }));
    },
};

async function bundleMonaco() {
    await esbuild.build({
        entryPoints: [path.join(dist, bundledMonaco)], bundle: true, format: 'esm', target: 'es2022', minify: true,
        outfile: path.join(out, bundledMonaco), plugins: [monacoPlugin], logLevel: 'warning',
        nodePaths: [path.join(here, 'node_modules')], loader: { '.ttf': 'empty' },
    });
    fs.rmSync(path.join(out, 'external/monaco-editor/index.css'), { force: true });
}

function copyStyles() {
    const uuiCss = path.join(here, 'node_modules/@umbraco-ui/uui-css');
    copy(path.join(uuiCss, 'dist/uui-css.css'), path.join(out, 'css/uui-css.css'));
    for (const font of filesUnder(path.join(uuiCss, 'assets/fonts'))) {
        copy(path.join(uuiCss, 'assets/fonts', font), path.join(out, 'assets/fonts', font));
    }
    for (const css of filesUnder(path.join(here, 'css'))) copy(path.join(here, 'css', css), path.join(out, 'css', css));
}

function writePackageJsonModule(clientVersion) {
    const { name, version } = JSON.parse(fs.readFileSync(path.join(clientPackage, 'package.json'), 'utf8'));
    fs.writeFileSync(path.join(out, 'package.json.js'), `export default ${JSON.stringify({ name, version })};\n`);
    return version === clientVersion;
}

// The version segment changes with the pinned packages and with this script, so browsers may cache forever.
function buildVersion() {
    const hash = createHash('sha256');
    for (const input of ['package-lock.json', 'build.mjs', ...filesUnder(path.join(here, 'css')).map((f) => `css/${f}`)]) {
        hash.update(input).update(fs.readFileSync(path.join(here, input)));
    }
    const { version } = JSON.parse(fs.readFileSync(path.join(clientPackage, 'package.json'), 'utf8'));
    return `${version}-${hash.digest('hex').slice(0, 10)}`;
}

function clientImportmap() {
    const { importmap } = JSON.parse(fs.readFileSync(path.join(dist, 'umbraco-package.json'), 'utf8'));
    return Object.fromEntries(Object.entries(importmap.imports).map(([specifier, url]) => {
        if (!url.startsWith(clientUrlPrefix)) throw new Error(`umbraco-package.json: importmap.imports["${specifier}"] is "${url}", outside ${clientUrlPrefix}`);
        const rel = url.slice(clientUrlPrefix.length);
        if (!fs.existsSync(path.join(out, rel))) throw new Error(`umbraco-package.json: importmap.imports["${specifier}"] names ${rel}, which is not in the build`);
        return [specifier, rel];
    }));
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const compressible = /\.(js|mjs|css|json|svg|html|txt|map|LICENSE\.txt)$/;

async function precompress() {
    const files = filesUnder(out).filter((rel) => compressible.test(rel));
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const file = path.join(out, files[next++]);
            const content = fs.readFileSync(file);
            if (content.length < 256) continue;
            const br = await brotli(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length } });
            fs.writeFileSync(`${file}.br`, br);
            fs.writeFileSync(`${file}.gz`, await gzip(content, { level: 9 }));
        }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    return files.length;
}

const started = Date.now();
fs.rmSync(out, { recursive: true, force: true });
const jsFiles = copyClient();
const vendorImports = await bundleVendor(bareImports(jsFiles));
await bundleMonaco();
copyStyles();
const version = buildVersion();
writePackageJsonModule(version.split('-')[0]);
const importmap = { ...clientImportmap(), ...vendorImports };
const compressed = await precompress();
fs.writeFileSync(path.join(out, 'backoffice-client.json'), JSON.stringify({
    version,
    packageJsonModule: 'package.json.js',
    importmap,
}, null, 2) + '\n');
fs.rmSync(finalOut, { recursive: true, force: true });
fs.renameSync(out, finalOut);
console.log(`backoffice client ${version}: ${Object.keys(importmap).length} importmap entries (${Object.keys(vendorImports).length} vendor), ` +
    `${compressed} files compressed, ${((Date.now() - started) / 1000).toFixed(1)} s -> ${path.relative(process.cwd(), finalOut)}`);
