// Preloaded (`node --require`) into the API the benchmark starts: when the benchmark process is gone
// (interrupted, killed), the API stops instead of running on. SIGTERM first so it closes its database pool,
// SIGKILL if it is still there 10 s later.
'use strict';

const parent = process.ppid;
const watch = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(watch);
  process.kill(process.pid, 'SIGTERM');
  setTimeout(() => process.kill(process.pid, 'SIGKILL'), 10_000).unref();
}, 1_000);
watch.unref();
