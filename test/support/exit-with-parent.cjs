// Preloaded (`node --require`) into every app a test starts (test/support/start-app.ts). The last resort
// against a leftover server: when the process that started the app is gone (jest killed, interrupted, or a
// worker force-exited), the app stops its own process group instead of running on. SIGTERM first, so
// the app closes its database; SIGKILL if it is still there 10 s later.
'use strict';

const parent = process.ppid;

function signalGroup(signal) {
  try {
    // The app is spawned detached: it leads its own process group.
    process.kill(-process.pid, signal);
  } catch {
    try {
      process.kill(process.pid, signal);
    } catch {
      // already gone
    }
  }
}

const watch = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(watch);
  signalGroup('SIGTERM');
  setTimeout(() => signalGroup('SIGKILL'), 10_000).unref();
}, 1_000);
watch.unref();
