// Loaded first (a classic script): records every CSP violation of the page.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
// The test's control: a click that tries eval, which the policy must refuse and report.
document.addEventListener('click', (event) => {
  if (event.target?.id !== 'control') return;
  try {
    new Function('return 1');
  } catch {
    // refused, as it must be
  }
});
