// The programs the engine journeys start (a virtual display, the WebDriver
// servers and, through them, the browsers): each in a process group of its
// own, so stopping one stops the browser it launched too, and every group
// still running is stopped when the test process exits, failed or not.

import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { once } from 'node:events';

const running = new Set();
const stopAll = () => {
  for (const child of running) stopGroup(child);
};
process.on('exit', stopAll);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopAll();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  });
}

function stopGroup(child) {
  running.delete(child);
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Starts `command` in its own process group; `stop()` ends the group.
 *  Its standard error is kept (the last 4 kB) to explain a failed start. */
export function startProgram(command, args, { env = {}, stdio = ['ignore', 'ignore', 'pipe'] } = {}) {
  const child = spawn(command, args, { detached: true, stdio, env: { ...process.env, ...env } });
  running.add(child);
  let errors = '';
  child.stderr?.on('data', (chunk) => {
    errors = (errors + chunk).slice(-4096);
  });
  child.on('exit', () => running.delete(child));
  return {
    child,
    errors: () => errors,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      stopGroup(child);
      await exited;
    },
  };
}

/** A TCP port free on loopback right now. */
export async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

/** An X display nobody sees, on a free display number (Xvfb picks it and
 *  writes it to the pipe it is given), for engines that need a display. */
export async function startDisplay() {
  const xvfb = startProgram('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1200x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let written = '';
  for await (const chunk of xvfb.child.stdio[3]) {
    written += chunk;
    if (written.includes('\n')) break;
  }
  const number = written.trim();
  if (!/^\d+$/.test(number)) throw new Error(`Xvfb gave no display: ${xvfb.errors()}`);
  return { display: `:${number}`, stop: xvfb.stop };
}

/** Resolves once `url` answers over HTTP, or fails when `program` exits
 *  first (with what it wrote to standard error). */
export async function answering(url, program) {
  for (;;) {
    if (program.child.exitCode !== null) throw new Error(`${program.child.spawnfile} exited: ${program.errors()}`);
    try {
      await fetch(url);
      return;
    } catch {
      // Not listening yet: ask again shortly (a poll, not a guess at how long it takes).
      await new Promise((done) => setTimeout(done, 25));
    }
  }
}
