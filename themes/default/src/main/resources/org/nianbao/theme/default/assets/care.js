// 关怀模式: remembers the visitor's choice across pages. The mode itself is CSS (a checkbox), so pages
// work the same without this script; storage may be unavailable (file://, privacy settings).
(function () {
  var box = document.getElementById('care-mode');
  if (!box) return;
  try {
    box.checked = localStorage.getItem('nianbao-care') === '1';
    box.addEventListener('change', function () {
      localStorage.setItem('nianbao-care', box.checked ? '1' : '0');
    });
  } catch (e) {
    // no storage: the checkbox still works on this page
  }
})();
