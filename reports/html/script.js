// The report's only script, inlined: printing shows every section, and a link to a step or case
// inside a closed section opens it. The report reads fine without it.
(function () {
  var reopened = [];
  window.addEventListener('beforeprint', function () {
    reopened = Array.prototype.slice.call(document.querySelectorAll('details:not([open])'));
    reopened.forEach(function (d) { d.setAttribute('open', ''); });
  });
  window.addEventListener('afterprint', function () {
    reopened.forEach(function (d) { d.removeAttribute('open'); });
    reopened = [];
  });
  function reveal() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    for (var el = target; el; el = el.parentElement) if (el.tagName === 'DETAILS') el.setAttribute('open', '');
  }
  window.addEventListener('hashchange', reveal);
  reveal();
})();
