// Shows Content-Security-Policy violations of this page in a banner (and keeps them, for tests),
// so a reseller who embeds the elements under a strict policy sees at once if anything is blocked.
(function () {
  var seen = [];
  window.pbxDemoCspViolations = seen;
  document.addEventListener('securitypolicyviolation', function (e) {
    seen.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sourceFile || '') + ':' + (e.lineNumber || ''));
    var banner = document.getElementById('csp-banner');
    if (!banner) {
      banner = document.createElement('p');
      banner.id = 'csp-banner';
      banner.setAttribute('role', 'alert');
      document.body.prepend(banner);
    }
    banner.textContent = 'Content-Security-Policy violations: ' + seen.join('; ');
  });
})();
