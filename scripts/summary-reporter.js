// @ts-check
/**
 * Prints one closing line "tests: N passed, N failed, N skipped" over all browsers, so CI (and a
 * person) can read the counts without scrolling through the progress output.
 * @returns {import('@web/test-runner').Reporter}
 */
export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      /** @param {any} suite */
      const walk = (suite) => {
        for (const t of suite.tests ?? []) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        for (const s of suite.suites ?? []) walk(s);
      };
      let brokenFiles = 0;
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (!s.passed && (s.errors?.length ?? 0) > 0) brokenFiles++;
      }
      failed += brokenFiles;
      // A plain closing line that any CI log reader understands.
      process.stdout.write(`\ntests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
    },
  };
}
