/**
 * The CI workflows for each host: they parse, run on pushes to main, on pull/merge requests and on a
 * schedule, and run nothing but .ci/run (the README's test command) before they keep a preview or publish.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';

type Step = { run?: string; uses?: string; with?: Record<string, unknown> };
type Job = { if?: string; steps?: Step[]; env?: Record<string, string>; script?: string[]; rules?: Array<{ if: string }>; pages?: { publish: string }; artifacts?: { paths: string[] } };

const TEST = '.ci/run';
const PUBLISH = '.ci/run --publish';
const ACTIONS_WORKFLOWS = ['.github/workflows/site.yml', '.forgejo/workflows/site.yml'];

const load = (path: string) => parse(readFileSync(path, 'utf8'));
const runs = (job: Job) => (job.steps ?? []).flatMap((step) => (step.run ? [step.run.trim()] : []));

test('.ci/run installs from the lockfile and runs the README\'s test command', () => {
  const script = readFileSync('.ci/run', 'utf8').split('\n');
  assert.ok(script.includes('npm ci --no-audit --no-fund'));
  assert.equal(script.at(-2), 'npm test');
  assert.match(readFileSync('README.md', 'utf8'), /^npm test {2,}# the whole test suite/m);
});

for (const path of ACTIONS_WORKFLOWS) {
  test(`${path}: runs on main, pull requests and daily; previews and publishes only what .ci/run tested`, () => {
    const workflow = load(path);
    assert.deepEqual(workflow.on.push.branches, ['main']);
    assert.ok('pull_request' in workflow.on);
    assert.match(workflow.on.schedule[0].cron, /^\d+ \d+ \* \* \*$/);
    const jobs = Object.values(workflow.jobs) as Job[];
    const preview = jobs.find((job) => job.if === "github.event_name == 'pull_request'")!;
    assert.deepEqual(runs(preview), [TEST]);
    assert.equal(preview.steps!.at(-1)!.with!.path, 'dist/');
    const publish = jobs.find((job) => job.if === "github.event_name != 'pull_request'")!;
    assert.equal(runs(publish)[0], PUBLISH);
    assert.equal(publish.env!.SITE_URL, '${{ vars.SITE_URL }}');
    for (const job of jobs) for (const command of runs(job)) assert.ok([TEST, PUBLISH, '.ci/publish-rsync'].includes(command), `${path} runs "${command}"`);
  });
}

test('.gitlab-ci.yml: merge requests get a preview, the default branch and schedules publish to Pages', () => {
  const ci = load('.gitlab-ci.yml');
  assert.deepEqual(
    ci.workflow.rules.map((rule: { if: string }) => rule.if),
    ['$CI_PIPELINE_SOURCE == "merge_request_event"', '$CI_PIPELINE_SOURCE == "schedule"', '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH'],
  );
  const preview = ci.preview as Job;
  assert.deepEqual(preview.script, [TEST]);
  assert.deepEqual(preview.artifacts!.paths, ['dist/']);
  const pages = ci.pages as Job;
  assert.deepEqual(pages.script, [PUBLISH]);
  assert.equal(pages.pages!.publish, 'dist');
  assert.ok(!pages.rules!.some((rule) => rule.if.includes('merge_request')));
});

test('publishing without SITE_URL (or, over SSH, without the server) stops before doing anything', () => {
  const env = { ...process.env, SITE_URL: '', DEPLOY_TARGET: '' };
  const publish = spawnSync('bash', ['.ci/run', '--publish'], { env, encoding: 'utf8' });
  assert.equal(publish.status, 1);
  assert.match(publish.stderr, /Refusing to publish: SITE_URL is not set/);
  const rsync = spawnSync('bash', ['.ci/publish-rsync'], { env: { ...env, SITE_URL: 'https://pcmd.example.gov.vn' }, encoding: 'utf8' });
  assert.equal(rsync.status, 1);
  assert.match(rsync.stderr, /Refusing to publish: DEPLOY_TARGET is not set/);
});
