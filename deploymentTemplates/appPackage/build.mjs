// Builds the SignpostBot Teams app package: fills in manifest.json's ${{...}} placeholders, checks the result
// against the official Teams manifest schema shipped in @microsoft/app-manifest (no network), checks the icons,
// and zips manifest.json, color.png and outline.png at the zip's root, as Teams expects.
//
//   npm ci
//   node build.mjs --bot-id <Azure Bot app id> --developer-name "Anytown Council" \
//     --website-url https://... --privacy-url https://... --terms-url https://... [--app-id <GUID>] [--out file.zip] [--check]
//
// --app-id is the Teams app's own id (default: the bot id). --check validates without writing the zip.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i];
    if (!key.startsWith("--")) fail(`Unexpected argument '${key}'.`);
    if (key === "--check") { args.check = true; continue; }
    const value = argv[++i];
    if (value === undefined) fail(`${key} needs a value.`);
    args[key.slice(2)] = value;
  }
  return args;
}

function fail(message) {
  console.error(`error: ${message}`);
  process.exit(1);
}

const guid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const args = parseArgs(process.argv.slice(2));
for (const required of ["bot-id", "developer-name", "website-url", "privacy-url", "terms-url"]) {
  if (!args[required]) fail(`--${required} is required.`);
}
if (!guid.test(args["bot-id"])) fail("--bot-id must be the Azure Bot's app (client) id, a GUID.");
const appId = args["app-id"] ?? args["bot-id"];
if (!guid.test(appId)) fail("--app-id must be a GUID.");

const values = {
  TEAMS_APP_ID: appId,
  BOT_ID: args["bot-id"],
  DEVELOPER_NAME: args["developer-name"],
  DEVELOPER_WEBSITE_URL: args["website-url"],
  DEVELOPER_PRIVACY_URL: args["privacy-url"],
  DEVELOPER_TERMS_URL: args["terms-url"],
};
let text = readFileSync(join(here, "manifest.json"), "utf8");
text = text.replace(/\$\{\{([A-Z_]+)\}\}/g, (whole, name) => {
  if (!(name in values)) fail(`manifest.json has an unknown placeholder ${whole}.`);
  return JSON.stringify(values[name]).slice(1, -1);
});
const manifest = JSON.parse(text);

const errors = [];
const { ManifestUtil } = require("@microsoft/app-manifest");
const schemaPath = require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`);
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const expectedSchemaUrl = `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`;
if (manifest.$schema !== expectedSchemaUrl) errors.push(`$schema should be ${expectedSchemaUrl}`);
errors.push(...(await ManifestUtil.validateManifestAgainstSchema(manifest, schema)).map((e) => `manifest.json ${e}`));

const color = readPng(join(here, manifest.icons.color));
const outline = readPng(join(here, manifest.icons.outline));
if (color.width !== 192 || color.height !== 192) errors.push(`${manifest.icons.color} must be 192x192, not ${color.width}x${color.height}.`);
if (outline.width !== 32 || outline.height !== 32) errors.push(`${manifest.icons.outline} must be 32x32, not ${outline.width}x${outline.height}.`);
if (outline.pixels && !outline.whiteOnTransparent) errors.push(`${manifest.icons.outline} must be white on a transparent background.`);

if (errors.length > 0) {
  for (const e of errors) console.error(`error: ${e}`);
  process.exit(1);
}
console.log(`manifest.json is valid against the Teams v${manifest.manifestVersion} schema (@microsoft/app-manifest); icons are 192x192 and 32x32.`);

if (!args.check) {
  const out = resolve(args.out ?? join(here, "..", "..", "artifacts", "signpostbot-teams.zip"));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, zip([
    ["manifest.json", Buffer.from(JSON.stringify(manifest, null, 2) + "\n", "utf8")],
    [manifest.icons.color, readFileSync(join(here, manifest.icons.color))],
    [manifest.icons.outline, readFileSync(join(here, manifest.icons.outline))],
  ]));
  console.log(`Wrote ${out}`);
}

// Reads a PNG's size and, for 8-bit RGBA without row filters (as make-icons.mjs writes), whether every
// visible pixel is white.
function readPng(path) {
  const data = readFileSync(path);
  if (data.readUInt32BE(12) !== 0x49484452) fail(`${path} is not a PNG.`);
  const width = data.readUInt32BE(16);
  const height = data.readUInt32BE(20);
  const idat = [];
  for (let at = 8; at < data.length;) {
    const length = data.readUInt32BE(at);
    const type = data.toString("ascii", at + 4, at + 8);
    if (type === "IDAT") idat.push(data.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  if (data[24] !== 8 || data[25] !== 6) return { width, height };
  const rows = inflateSync(Buffer.concat(idat));
  let whiteOnTransparent = true;
  for (let y = 0; y < height; y++) {
    const row = y * (width * 4 + 1);
    if (rows[row] !== 0) return { width, height };
    for (let x = 0; x < width; x++) {
      const i = row + 1 + x * 4;
      if (rows[i + 3] > 0 && (rows[i] !== 255 || rows[i + 1] !== 255 || rows[i + 2] !== 255)) whiteOnTransparent = false;
    }
  }
  return { width, height, pixels: true, whiteOnTransparent };
}

// A zip of stored (uncompressed) entries: small, and readable by Teams, Windows and every unzip tool.
function zip(entries) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (bytes) => {
    let c = 0xffffffff;
    for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = Buffer.from(name, "utf8");
    const crc = crc32(content);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(content.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    locals.push(local, nameBytes, content);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(content.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + content.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}
