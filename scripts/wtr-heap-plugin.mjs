// Test-runner plugin: `heap-after-gc` collects garbage in the test's own tab (through the Chrome
// DevTools Protocol, as a browser test cannot) and answers with what the heap then holds, so a test
// can measure what its elements leave behind.

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

export function heapPlugin() {
  return {
    name: 'sos-heap',
    async executeCommand({ command, session }) {
      if (command === 'heap-after-gc') return heapAfterGc(session);
      return undefined;
    },
  };
}
