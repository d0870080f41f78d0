// The report's only script, inlined: printing shows every section, and a link to a step or case
// inside a closed section opens it. The report reads fine without it.
(() => {
  var reopened = [];
  window.addEventListener('beforeprint', () => {
    reopened = Array.prototype.slice.call(document.querySelectorAll('details:not([open])'));
    reopened.forEach((d) => {
      d.setAttribute('open', '');
    });
  });
  window.addEventListener('afterprint', () => {
    reopened.forEach((d) => {
      d.removeAttribute('open');
    });
    reopened = [];
  });
  function reveal() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    for (var el = target; el; el = el.parentElement) if (el.tagName === 'DETAILS') el.setAttribute('open', '');
  }
  window.addEventListener('hashchange', reveal);
  reveal();
})();
