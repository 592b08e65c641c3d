// Test-runner commands that reach the test's own tab through the Chrome DevTools Protocol, as a
// browser test cannot by itself:
//   heap-after-gc          collects garbage and answers with what the heap then holds, so a test can
//                          measure what its elements leave behind;
//   cpu-throttle {rate}    slows the tab's CPU by `rate` (1 = off), as a mid-range phone, so a test
//                          can hold rendering to a budget measured as a phone would see it.

/** Bytes in use after a full collection: V8's heap and Blink's (DOM nodes, shadow roots). */
async function heapAfterGc(session) {
  const page = session.browser.getPage(session.id);
  const cdp = await page.createCDPSession();
  try {
    // Twice: a first collection can leave objects that only a finaliser it ran let go of.
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize, embedderHeapUsedSize = 0 } = await cdp.send('Runtime.getHeapUsage');
    return { js: usedSize, dom: embedderHeapUsedSize, total: usedSize + embedderHeapUsedSize };
  } finally {
    await cdp.detach();
  }
}

/** One CDP session per test session: throttling lasts as long as the session that set it. */
const throttles = new Map();

async function cpuThrottle(session, payload) {
  let cdp = throttles.get(session.id);
  if (!cdp) {
    cdp = await session.browser.getPage(session.id).createCDPSession();
    throttles.set(session.id, cdp);
  }
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Math.min(Math.max(Number(payload?.rate) || 1, 1), 20) });
  return true;
}

export function cdpPlugin() {
  return {
    name: 'sos-cdp',
    async executeCommand({ command, payload, session }) {
      if (command === 'heap-after-gc') return heapAfterGc(session);
      if (command === 'cpu-throttle') return cpuThrottle(session, payload);
      return undefined;
    },
  };
}
