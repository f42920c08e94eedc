// Runs a test peer so that it dies with the test process that started it.
//
//   node peers/supervise.mjs <command> [args...]
//
// Spawns <command> with our stdout and stderr, in a process group of its own.
// The parent (a test binary) keeps our stdin open as a pipe and never writes
// to it: when it reaches EOF (the parent exited, crashed or was killed, or
// closed the pipe on purpose), the whole group gets SIGTERM, then SIGKILL
// 2 s later if still alive, and we exit. If the child exits first, we exit
// with its code (128 + signal number if a signal ended it).

import { spawn } from "node:child_process";
import { constants } from "node:os";

const KILL_AFTER_MS = 2000;

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write("usage: node supervise.mjs <command> [args...]\n");
  process.exit(2);
}

// detached: its own process group, so that stopping it also stops anything
// it spawned itself.
const child = spawn(command, args, {
  stdio: ["ignore", "inherit", "inherit"],
  detached: true,
});

let stopping = false;

/** Sends `signal` to the child's process group (or the child alone). */
function signalChild(signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
  }
}

/** Stops the child (TERM, then KILL) and exits once it is gone. */
function stop(reason) {
  if (stopping) return;
  stopping = true;
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) {
    process.exit(0);
  }
  process.stderr.write(`supervise: ${reason}; stopping ${command} (pid ${child.pid})\n`);
  signalChild("SIGTERM");
  setTimeout(() => signalChild("SIGKILL"), KILL_AFTER_MS).unref();
  // Never wait forever, even if the exit event does not come.
  setTimeout(() => process.exit(0), KILL_AFTER_MS + 1000).unref();
}

child.on("error", (err) => {
  process.stderr.write(`supervise: cannot run ${command}: ${err.message}\n`);
  process.exit(127);
});

child.on("exit", (code, signal) => {
  if (stopping) {
    // Make sure nothing of the group outlives us.
    signalChild("SIGKILL");
    process.exit(0);
  }
  process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
});

// Our stdin: nothing is ever read but its end.
process.stdin.on("data", () => {});
process.stdin.on("end", () => stop("stdin closed"));
process.stdin.on("close", () => stop("stdin closed"));
process.stdin.on("error", () => stop("stdin failed"));
process.stdin.resume();

// Being signalled ourselves (Ctrl-C on the test run, say) also stops the
// child, which being in its own group would not get the signal.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => stop(`got ${signal}`));
}
