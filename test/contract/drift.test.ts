// The contract check end to end: generated/zoho-crm's own test/live.test.ts, run by vitest in a
// child process against a node:http server on 127.0.0.1 that answers with planted drift. Every
// planted difference must come back with its exact JSON path, and the undrifted answer with none.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../generator/paths.js';
import type { LiveResult } from '../../templates/test/live.js';
import type { FixtureFileJson } from '../../templates/test/fixture.js';

const PACKAGE = path.join(PROJECT_ROOT, 'generated', 'zoho-crm');
const TOKEN = 'live-check-token';

/** The saved response of an endpoint's first replayable example: what an undrifted API answers. */
function savedAnswer(fixtureFile: string): { path: string; method: string; data: any } {
  const file = JSON.parse(readFileSync(path.join(PACKAGE, 'test', 'fixtures', fixtureFile), 'utf8')) as FixtureFileJson;
  const fx = Object.values(file.fixtures).find((f) => f.mode === 'request')!;
  return { path: fx.request.path, method: fx.request.method, data: structuredClone(fx.data) };
}

// Planted drift, per endpoint (method and path as the first saved example sends them).
const update = savedAnswer('update-records-leads.json');
delete update.data.data[0].details.Created_By; // a field removed
update.data.data[0].details.Tag = []; // a field added
update.data.data[0].message = 42; // a type changed
update.data.data[0].status = 'queued'; // a new value of an open vocabulary: info only
const massV2 = savedAnswer('v2-mass-update-records-leads.json');
massV2.data.data[1].details.Modified_Time = null; // a nested array element changed
const massV21 = savedAnswer('v21-mass-update-records-leads.json');
const convert = savedAnswer('convert-lead.json'); // undrifted

const answers = new Map<string, { status: number; body: unknown }>([
  [`${update.method} ${update.path}`, { status: 200, body: update.data }],
  [`${massV2.method} ${massV2.path}`, { status: 200, body: massV2.data }],
  [`${massV21.method} ${massV21.path}`, { status: 503, body: { code: 'MAINTENANCE', message: 'back soon' } }], // an unknown status
  [`${convert.method} ${convert.path}`, { status: 200, body: convert.data }],
]);

interface Received {
  method: string;
  path: string;
  authorization: string | undefined;
}

function startDriftServer(received: Received[]): Promise<Server> {
  const server = createServer((req: IncomingMessage, res) => {
    req.resume();
    req.on('end', () => {
      received.push({ method: req.method!, path: req.url!, authorization: req.headers.authorization });
      const answer = answers.get(`${req.method} ${req.url}`);
      res.writeHead(answer?.status ?? 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(answer?.body ?? { code: 'NOT_PLANTED' }));
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface Run {
  code: number;
  output: string;
  report: { baseUrl: string; results: LiveResult[] } | null;
}

/** vitest on the package's live test alone, with only the variables given (none inherited). */
function runLiveTests(variables: Record<string, string>, reportFile: string | null): Promise<Run> {
  const env: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('POSTFORGE_LIVE_') && !k.startsWith('VITEST')));
  Object.assign(env, variables, { FORCE_COLOR: '0', NO_COLOR: '1' }, reportFile ? { POSTFORGE_LIVE_REPORT: reportFile } : {});
  const vitest = path.join(PROJECT_ROOT, 'node_modules', 'vitest', 'vitest.mjs');
  return new Promise((resolve) => {
    execFile(process.execPath, [vitest, 'run', 'generated/zoho-crm/test/live.test.ts', '--reporter=verbose'], { cwd: PROJECT_ROOT, env, timeout: 90_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      let report: Run['report'] = null;
      if (reportFile) {
        try {
          report = JSON.parse(readFileSync(reportFile, 'utf8')) as Run['report'];
        } catch {
          report = null;
        }
      }
      resolve({ code, output: stdout + stderr, report });
    });
  });
}

describe('the contract check against drifted answers (generated/zoho-crm, test/live.test.ts)', () => {
  let server: Server;
  let dir: string;
  const received: Received[] = [];
  let drifted: Run;
  let defaults: Run;

  beforeAll(async () => {
    server = await startDriftServer(received);
    dir = mkdtempSync(path.join(tmpdir(), 'postforge-live-'));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // One run after the other: the machine is shared.
    drifted = await runLiveTests({ POSTFORGE_LIVE_BASE_URL: baseUrl, POSTFORGE_LIVE_METHODS: 'GET,PUT,POST', POSTFORGE_LIVE_BEARER: TOKEN }, path.join(dir, 'drifted.json'));
    defaults = await runLiveTests({ POSTFORGE_LIVE_BASE_URL: baseUrl, POSTFORGE_LIVE_BEARER: TOKEN }, path.join(dir, 'defaults.json'));
  }, 200_000);

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const resultOf = (operation: string) => {
    const result = drifted.report?.results.find((r) => r.operation === operation);
    if (!result) throw new Error(`no result for ${operation}:\n${drifted.output}`);
    return result;
  };
  const listed = (operation: string) => resultOf(operation).differences.map((d) => `${d.severity} ${d.kind} ${d.path} expected ${d.expected} actual ${d.actual}`);

  it('replays each endpoint\'s first saved request with the real client and the credential from the environment', () => {
    expect(received.filter((r) => answers.has(`${r.method} ${r.path}`)).map((r) => `${r.method} ${r.path} ${r.authorization}`).sort()).toEqual(
      [...answers.keys()].map((k) => `${k} Bearer ${TOKEN}`).sort(),
    );
  });

  it('reports a field removed, a field added and a type changed, each at its path; a new enum value as info', () => {
    expect(listed('updateRecordsLeads')).toEqual([
      'error missing-field $.data[0].details.Created_By expected object actual absent',
      'error new-field $.data[0].details.Tag expected absent actual array',
      'error type-changed $.data[0].message expected string actual integer',
      'info new-value $.data[0].status expected one of "success" actual "queued"',
    ]);
  });

  it('reports a changed element of a nested array by its index', () => {
    expect(listed('v2MassUpdateRecordsLeads')).toEqual(['error type-changed $.data[1].details.Modified_Time expected string actual null']);
  });

  it('reports a status no saved example had', () => {
    expect(resultOf('v21MassUpdateRecordsLeads').status).toBe(503);
    expect(listed('v21MassUpdateRecordsLeads')).toEqual(['error unknown-status $ expected one of 200, 207, 400, 401 actual 503']);
  });

  it('reports nothing for an undrifted answer, and that test passes', () => {
    expect(resultOf('convertLead')).toMatchObject({ status: 200, differences: [], error: null });
    expect(drifted.output).toMatch(/✓ .*convertLead: POST as in "SUCCESS RESPONSE"/);
  });

  it('fails the drifted tests with a readable list, and the run with them', () => {
    expect(drifted.code).toBe(1);
    expect(drifted.output).toContain('error  missing field  $.data[0].details.Created_By: expected object, got absent');
    expect(drifted.output).toContain('error  unknown status  $: expected one of 200, 207, 400, 401, got 503');
    expect(drifted.output).toMatch(/Tests\s+3 failed \| 1 passed/);
  });

  it('sends only GET, HEAD and OPTIONS unless POSTFORGE_LIVE_METHODS lists more: every Zoho endpoint is skipped, saying why', () => {
    expect(defaults.code).toBe(0);
    expect(defaults.report?.results.map((r) => [r.operation, r.skipped])).toEqual([
      ['updateRecordsLeads', 'updateRecordsLeads: PUT is not in POSTFORGE_LIVE_METHODS (GET, HEAD, OPTIONS)'],
      ['v2MassUpdateRecordsLeads', 'v2MassUpdateRecordsLeads: POST is not in POSTFORGE_LIVE_METHODS (GET, HEAD, OPTIONS)'],
      ['v21MassUpdateRecordsLeads', 'v21MassUpdateRecordsLeads: POST is not in POSTFORGE_LIVE_METHODS (GET, HEAD, OPTIONS)'],
      ['convertLead', 'convertLead: POST is not in POSTFORGE_LIVE_METHODS (GET, HEAD, OPTIONS)'],
    ]);
    expect(received.filter((r) => r.method !== 'GET')).toHaveLength(answers.size); // the second run sent nothing
    expect(defaults.output).toContain('updateRecordsLeads: PUT is not in POSTFORGE_LIVE_METHODS (GET, HEAD, OPTIONS)');
    expect(defaults.output).toMatch(/Tests\s+4 skipped/);
  });
});
