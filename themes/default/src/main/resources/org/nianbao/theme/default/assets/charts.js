// Charts on a phone: the data table first and open, the chart (shown at its drawn size, so that its text
// stays readable) one tap away; on a wider screen the chart again. Without this script a phone shows the
// chart at its drawn size in a sideways scroller, which is readable too.
(function () {
  var narrow = window.matchMedia('(max-width: 40rem)');
  function arrange() {
    var figures = document.querySelectorAll('figure.chart');
    for (var i = 0; i < figures.length; i++) {
      var picture = figures[i].querySelector('.chart-picture');
      var table = figures[i].querySelector('.chart-table');
      if (!picture || !table) continue;
      if (narrow.matches) {
        figures[i].insertBefore(table, picture);
      } else {
        figures[i].insertBefore(picture, table);
      }
      table.open = narrow.matches;
      picture.open = !narrow.matches;
    }
  }
  arrange();
  if (narrow.addEventListener) narrow.addEventListener('change', arrange);
})();
