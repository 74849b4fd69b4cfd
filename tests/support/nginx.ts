/**
 * Runs the shipped nginx configuration for tests: a throwaway prefix (pid, temp and log files in a
 * temporary folder, `daemon off`), listening on a free loopback port, serving a built site.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { freePort } from './free-port.ts';

const USUAL_PLACES = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/opt/homebrew/bin/nginx'];

/** NGINX_PATH when set, else nginx on PATH or in the usual places; undefined when there is none. */
export function nginxExecutable(): string | undefined {
  if (process.env.NGINX_PATH) return process.env.NGINX_PATH;
  const onPath = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'nginx'));
  return [...onPath, ...USUAL_PLACES].find((path) => existsSync(path));
}

/** The mime.types that ships next to nginx's own configuration (`--conf-path` in `nginx -V`). */
function mimeTypes(nginx: string): string {
  const version = spawnSync(nginx, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(version.stderr)?.[1] ?? '/etc/nginx/nginx.conf';
  const types = join(dirname(confPath), 'mime.types');
  if (!existsSync(types)) throw new Error(`nginx's mime.types not found at ${types}.`);
  return types;
}

export interface RunningNginx {
  origin: string;
  stop(): Promise<void>;
}

function waitForPort(port: number, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  return new Promise((resolvePromise, reject) => {
    const attempt = () => {
      if (server.exitCode !== null) return reject(new Error(`nginx stopped (exit ${server.exitCode}):\n${log()}`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolvePromise();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`nginx did not listen on ${port}:\n${log()}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

/** Starts nginx with deploy/nginx/site.conf serving `root` (default dist/). */
export async function startNginx(nginx: string, root = resolve('dist')): Promise<RunningNginx> {
  const prefix = mkdtempSync(join(tmpdir(), 'nginx-'));
  const port = await freePort();
  const errorLog = join(prefix, 'error.log');
  const conf = join(prefix, 'nginx.conf');
  writeFileSync(
    conf,
    `# Test harness around the shipped site configuration.
daemon off;
worker_processes 1;
${process.getuid?.() === 0 ? 'user root;' : ''}
pid ${join(prefix, 'nginx.pid')};
error_log ${errorLog} warn;
events { worker_connections 64; }
http {
  include ${mimeTypes(nginx)};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${join(prefix, 'body')};
  proxy_temp_path ${join(prefix, 'proxy')};
  fastcgi_temp_path ${join(prefix, 'fastcgi')};
  uwsgi_temp_path ${join(prefix, 'uwsgi')};
  scgi_temp_path ${join(prefix, 'scgi')};
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${resolve('deploy/nginx/site.conf')};
  }
}
`,
  );
  const server = spawn(nginx, ['-p', prefix, '-c', conf, '-e', errorLog], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr?.on('data', (chunk) => (stderr += chunk));
  await waitForPort(port, server, () => stderr);
  return {
    origin: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((done) => {
        server.once('exit', () => {
          rmSync(prefix, { recursive: true, force: true });
          done();
        });
        server.kill('SIGQUIT');
      }),
  };
}
