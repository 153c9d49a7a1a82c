/**
 * Hostile inputs, one function each: what an attacker (or a broken client) can send to every entry
 * point that takes outside data. Each returns a small summary the test checks; the time each takes
 * is measured by run-probe.mjs. Inputs are built here, at run time: nothing large is stored.
 */
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TODAY = '2026-11-20';
const NOW = '2026-11-20T09:00:00+08:00';
const seed = () => JSON.parse(readFileSync(new URL('../../fixtures/applications/guiyang-to-harbin.json', import.meta.url), 'utf8'));
const codes = (result) => [...new Set(result.issues.map((i) => i.code))];
/** The codes of what createCase could not read, as its history notes them. */
const dropped = (c) => (c.history[0].dropped ?? []).map((d) => d.code);
/** Whether the stored application validates to the case's validation. */
const revalidated = (core, c) => JSON.stringify(core.validateTransfer(JSON.parse(JSON.stringify(c.application)), { today: new Date(Date.parse(c.createdAt) + 8 * 3_600_000).toISOString().slice(0, 10) })) === JSON.stringify(c.validation);
const isPlainJson = (value) => {
  const text = JSON.stringify(value);
  return typeof text === 'string' && JSON.stringify(JSON.parse(text)) === text;
};
const folder = (files) => {
  const dir = mkdtempSync(join(tmpdir(), 'shebao-hostile-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
};
const POLICY = `id: t.medical
title: t
insurance: medical
effective: { from: "2021-11-01" }
source: { document: d }
`;
const DECISION = (when) => `decisions:\n  - id: medical.t\n    decision: transfer\n    when: ${when}\n    message: m\n    messageEn: m\n`;
/** The problems of loadPolicies as { codes }, or how it failed otherwise. */
const loadOutcome = (node, dir) => {
  try {
    node.loadPolicies(dir);
    return { loaded: true };
  } catch (error) {
    return { error: error.name, codes: [...new Set((error.problems ?? []).map((p) => p.code))], files: [...new Set((error.problems ?? []).map((p) => p.file))] };
  }
};
const deepObject = (depth, leaf = 'x') => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = { d: value };
  return value;
};
const throwingGetter = (object, key) => Object.defineProperty(object, key, { enumerable: true, get: () => { throw new Error('boom'); } });
const throwingProxy = () => new Proxy({}, { get: () => { throw new Error('boom'); }, ownKeys: () => { throw new Error('boom'); }, has: () => { throw new Error('boom'); } });
const revokedProxy = () => { const { proxy, revoke } = Proxy.revocable({}, {}); revoke(); return proxy; };
const nullPrototype = (value) => {
  if (Array.isArray(value)) return value.map(nullPrototype);
  if (value === null || typeof value !== 'object') return value;
  const out = Object.create(null);
  for (const [k, v] of Object.entries(value)) out[k] = nullPrototype(v);
  return out;
};
const sentCase = (core) => {
  let c = core.createCase(seed(), { now: NOW });
  for (const type of ['submit', 'approve']) c = core.transition(c, { type }, { now: NOW }).case;
  return c;
};

export const probes = {
  // ——— time and memory ———
  'far-future application date': ({ core }) => {
    const r = core.validateTransfer({ ...seed(), applicationDate: '9999-12-31' }, { today: TODAY });
    return { ok: r.ok, codes: codes(r), beyondData: r.issues.filter((i) => i.code === 'calendar.beyond-data').length, issues: r.issues.length };
  },
  'far-future today': ({ core }) => {
    try {
      core.validateTransfer(seed(), { today: '9999-12-31' });
      return { threw: false };
    } catch (error) {
      return { threw: error.name };
    }
  },
  'far-future now in createCase': ({ core }) => {
    try {
      core.createCase(seed(), { now: '9999-12-31T00:00:00Z' });
      return { threw: false };
    } catch (error) {
      return { threw: error.name };
    }
  },
  'deadlines across several years without data': ({ core }) => {
    const r = core.validateTransfer({ ...seed(), applicationDate: '2099-12-20', separationDate: '2099-11-30', contributions: undefined, materials: [] }, { today: '2099-12-20' });
    return { beyondData: r.issues.filter((i) => i.code === 'calendar.beyond-data').map((i) => i.params.years) };
  },
  'region cache with 300 different 1 MB regions': ({ core }) => {
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    let last;
    for (let i = 0; i < 300; i++) last = core.validateTransfer({ ...seed(), from: { region: `${i}`.padEnd(1024 * 1024, '贵') } }, { today: TODAY });
    for (let i = 0; i < 300; i++) core.resolveRegion(`${i}`.padEnd(1024 * 1024, '阳'));
    globalThis.gc();
    return { growthMB: Math.round((process.memoryUsage().heapUsed - before) / 1024 / 1024), codes: codes(last) };
  },
  'a million materials': ({ core }) => {
    const material = seed().materials[0];
    const r = core.validateTransfer({ ...seed(), materials: Array.from({ length: 1_000_000 }, () => material) }, { today: TODAY });
    return { codes: codes(r) };
  },
  'a 10 MB name': ({ core }) => {
    const app = seed();
    app.applicant.name = '张'.repeat(10 * 1024 * 1024);
    const r = core.validateTransfer(app, { today: TODAY });
    return { codes: codes(r), longestMessage: Math.max(...r.issues.map((i) => i.message.length)) };
  },
  'a 50 MB policy file of one string': ({ node }) => loadOutcome(node, folder({ 'big.yaml': `${POLICY}title2: "${'x'.repeat(50 * 1024 * 1024)}"\n` })),
  'a policy file of 1.9 million nodes': ({ node }) => loadOutcome(node, folder({ 'many.yaml': `${POLICY}x: [${'1,'.repeat(1_900_000)}1]\n` })),
  'a 5 MB policy file': ({ node }) => loadOutcome(node, folder({ 'five.yaml': `${POLICY}x: "${'y'.repeat(5 * 1024 * 1024)}"\n` })),
  'parsePolicyYaml of 50 MB': ({ node }) => ({ codes: node.parsePolicyYaml('x'.repeat(50 * 1024 * 1024), 'big.yaml').problems.map((p) => p.code) }),

  // ——— depth ———
  'YAML nested 10,000 deep (flow)': ({ node }) => ({ codes: node.parsePolicyYaml(`${POLICY}x: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, 'deep.yaml').problems.map((p) => p.code) }),
  'YAML nested 1,000 deep (block)': ({ node }) => {
    const lines = Array.from({ length: 1_000 }, (_, i) => `${' '.repeat(i)}k:`);
    return { codes: node.parsePolicyYaml(`${POLICY}x:\n${lines.map((l) => ` ${l}`).join('\n')} 1\n`, 'deep.yaml').problems.map((p) => p.code) };
  },
  'a 10,000-deep condition in YAML': ({ node }) => {
    const when = `${'{ not: '.repeat(10_000)}{ fact: age, operator: equal, value: 1 }${' }'.repeat(10_000)}`;
    return loadOutcome(node, folder({ 'deep.yaml': POLICY + DECISION(when) }));
  },
  'a 10,000-deep condition without YAML': ({ core }) => {
    const policy = { id: 't.medical', title: 't', insurance: 'medical', scope: { from: '*', to: '*' }, effective: { from: '2021-11-01' }, status: 'verified', source: { document: 'd' }, decisions: [{ id: 'medical.t', decision: 'transfer', priority: 0, message: 'm', messageEn: 'm', when: deepObject(0) }], materials: [], steps: [], notices: [] };
    let when = { fact: 'age', operator: 'equal', value: 1 };
    for (let i = 0; i < 10_000; i++) when = { not: when };
    policy.decisions[0].when = when;
    const materials = core.getBundledPolicies().materials;
    try {
      core.compilePolicies([{ file: 'deep.yaml', policy }], [...materials.values()]);
      return { compiled: true };
    } catch (error) {
      return { error: error.name, codes: [...new Set((error.problems ?? []).map((p) => p.code))] };
    }
  },
  '10,000 not: decorators': ({ node }) => loadOutcome(node, folder({ 'not.yaml': POLICY + DECISION(`{ all: [{ fact: age, operator: "${'not:'.repeat(10_000)}equal", value: 1 }] }`) })),
  'named conditions referring 1,000 deep': ({ node }) => {
    const named = Array.from({ length: 1000 }, (_, i) => `  c${i}: { all: [{ condition: c${i + 1} }] }`).join('\n');
    return loadOutcome(node, folder({ 'chain.yaml': `${POLICY}conditions:\n${named}\n  c1000: { all: [{ fact: age, operator: equal, value: 1 }] }\n${DECISION('{ condition: c0 }')}` }));
  },
  'createCase with a 100,000-deep known field': ({ core }) => {
    const app = seed();
    app.applicant.name = deepObject(100_000);
    const c = core.createCase(app, { now: NOW });
    return { plain: isPlainJson(c), codes: codes(c.validation), dropped: dropped(c), revalidated: revalidated(core, c) };
  },
  'createCase with a 100,000-deep unknown field': ({ core }) => {
    const c = core.createCase({ ...seed(), extra: deepObject(100_000) }, { now: NOW });
    const clean = core.createCase(seed(), { now: NOW });
    return { plain: isPlainJson(c), ok: c.validation.ok, sameAsClean: c.validation.ok === clean.validation.ok, dropped: dropped(c), revalidated: revalidated(core, c) };
  },
  'validateTransfer with a 100,000-deep field': ({ core }) => {
    const r = core.validateTransfer({ ...seed(), extra: deepObject(100_000), employer: deepObject(100_000) }, { today: TODAY });
    return { codes: codes(r) };
  },

  // ——— loader failures ———
  'the YAML alias bomb': ({ node }) => {
    const bomb = `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n`;
    const dir = folder({ 'bomb.yaml': bomb });
    return {
      parse: node.parsePolicyYaml(bomb, 'bomb.yaml').problems.map((p) => p.code),
      folder: node.readPolicyFolder(dir).problems.map((p) => `${p.file} ${p.code}`),
      load: loadOutcome(node, dir),
    };
  },
  'a *.yaml link to a folder, and a dangling one': ({ node }) => {
    const dir = folder({ 'ok/readme.txt': 'x' });
    symlinkSync(join(dir, 'ok'), join(dir, 'folder.yaml'));
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.yaml'));
    return { folder: node.readPolicyFolder(dir).problems.map((p) => `${p.file} ${p.code} ${p.line}:${p.column}`), load: loadOutcome(node, dir) };
  },
  'an empty policy file': ({ node }) => ({ problems: node.parsePolicyYaml('', 'empty.yaml').problems.map((p) => `${p.code} ${p.line}:${p.column}`) }),

  // ——— objects that throw when read ———
  'validateTransfer with a throwing getter': ({ core }) => {
    const app = seed();
    throwingGetter(app.applicant, 'name');
    return { codes: codes(core.validateTransfer(app, { today: TODAY })) };
  },
  'validateTransfer with throwing and revoked proxies': ({ core }) => {
    const a = core.validateTransfer({ ...seed(), from: throwingProxy() }, { today: TODAY });
    const b = core.validateTransfer({ ...seed(), materials: [revokedProxy()] }, { today: TODAY });
    const c = core.validateTransfer(throwingProxy(), { today: TODAY });
    return { a: codes(a), b: codes(b), c: codes(c) };
  },
  'validateTransfer with null-prototype objects': ({ core }) => {
    const plain = core.validateTransfer(seed(), { today: TODAY });
    const r = core.validateTransfer(nullPrototype(seed()), { today: TODAY });
    return { same: JSON.stringify(r) === JSON.stringify(plain) };
  },
  'createCase and transition with hostile objects': ({ core }) => {
    const app = seed();
    throwingGetter(app, 'reason');
    const c = core.createCase(app, { now: NOW });
    const viaProxy = core.transition(throwingProxy(), { type: 'submit' }, { now: NOW });
    const revoked = core.transition(sentCase(core), revokedProxy(), { now: NOW });
    const edit = core.transition(core.createCase(seed(), { now: NOW }), { type: 'edit', application: nullPrototype(seed()) }, { now: NOW });
    return {
      created: isPlainJson(c),
      createdDropped: dropped(c),
      viaProxy: viaProxy.ok ? 'ok' : viaProxy.error.code,
      revoked: revoked.ok ? 'ok' : revoked.error.code,
      edit: edit.ok && isPlainJson(edit.case) && Object.getPrototypeOf(edit.case.application) === Object.prototype,
    };
  },
  'transitionMany with one bad entry': ({ core }) => {
    const good = sentCase(core);
    const getter = { ...sentCase(core) };
    throwingGetter(getter, 'items');
    const list = [good, throwingProxy(), getter, revokedProxy()];
    throwingGetter(list, 4);
    const r = core.transitionMany(list, { type: 'send-to-agency' }, { now: NOW });
    return { results: r.results.length, succeeded: r.succeeded, failed: r.failed, codes: r.results.map((x) => (x.ok ? 'ok' : x.error.code)) };
  },
  'detectFileType of things that are not bytes': ({ core }) => ({
    number: core.detectFileType(1e10) ?? null,
    string: core.detectFileType('%PDF-1.7') ?? null,
    object: core.detectFileType({ length: 1e10 }) ?? null,
    bigArray: core.detectFileType(Object.assign([0x25, 0x50, 0x44, 0x46], { length: 4 }))?.type ?? null,
  }),

  // ——— data lost without a word ———
  'an application inside "__proto__"': ({ core }) => {
    const hostile = JSON.parse(`{"__proto__": ${JSON.stringify(seed())}}`);
    const c = core.createCase(hostile, { now: NOW });
    const stored = JSON.parse(JSON.stringify(c.application));
    const again = core.validateTransfer(stored, { today: TODAY });
    return {
      storedKeys: Object.keys(stored),
      prototypeIsObject: Object.getPrototypeOf(c.application) === Object.prototype,
      ok: c.validation.ok,
      sameAgain: JSON.stringify(again.issues.map((i) => i.code)) === JSON.stringify(c.validation.issues.map((i) => i.code)),
    };
  },
  '"__proto__" keys at every level': ({ core }) => {
    const app = seed();
    const text = JSON.stringify(app).replace(/\{/g, '{"__proto__": {"polluted": true},');
    const c = core.createCase(JSON.parse(text), { now: NOW });
    const edited = core.transition(c, { type: 'edit', application: JSON.parse(text) }, { now: NOW });
    const json = JSON.stringify(edited.case);
    return {
      keptAsData: json.includes('"__proto__":{"polluted":true}'),
      inherited: ({}).polluted !== undefined || c.application.polluted !== undefined || c.application.applicant?.polluted !== undefined,
      ok: c.validation.ok,
    };
  },
  'a cyclic case and a case with unknown keys': ({ core }) => {
    // A cycle in a part of the case is refused; one under a key the case does not have is left behind with that key.
    const cyclic = structuredClone(sentCase(core));
    cyclic.items[0].self = cyclic;
    const r = core.transition(cyclic, { type: 'send-to-agency' }, { now: NOW });
    const outside = sentCase(core);
    outside.self = outside;
    const left = core.transition(outside, { type: 'send-to-agency' }, { now: NOW });
    const extra = { ...sentCase(core), self: 'x', __internal: { a: 1 } };
    const next = core.transition(extra, { type: 'send-to-agency' }, { now: NOW });
    const cyclicApp = seed();
    cyclicApp.applicant.self = cyclicApp;
    const created = core.createCase(cyclicApp, { now: NOW });
    return {
      cyclic: r.ok ? 'ok' : r.error.code,
      outside: left.ok ? Object.keys(left.case).includes('self') : left.error.code,
      nextKeys: Object.keys(next.case).sort(),
      createdPlain: isPlainJson(created),
      createdDropped: dropped(created),
      createdRevalidated: revalidated(core, created),
    };
  },

  // ——— lookups that read the prototype ———
  'insurance type "constructor"': ({ core }) => {
    const r = core.validateTransfer({ ...seed(), insuranceTypes: ['constructor', '__proto__', 'toString'] }, { today: TODAY });
    const e = core.explainRoute({ from: '贵阳', to: '哈尔滨', types: ['constructor', 'hasOwnProperty'] });
    const text = JSON.stringify([r.issues, e.issues]);
    return { nativeCode: text.includes('native code'), unknown: [...r.issues, ...e.issues].filter((i) => i.code === 'insurance.unknown').length };
  },
  'named conditions "constructor", "toString", "__proto__"': ({ node }) => {
    const referred = ['constructor', 'toString', '__proto__', 'hasOwnProperty'].map((name) => [
      name,
      loadOutcome(node, folder({ 'c.yaml': POLICY + DECISION(`{ condition: ${name} }`) })).codes,
    ]);
    const defined = loadOutcome(node, folder({ 'd.yaml': `${POLICY}conditions:\n  __proto__: { all: [{ fact: age, operator: equal, value: 1 }] }\n${DECISION('{ condition: __proto__ }')}` })).codes;
    return { referred, defined };
  },
};
