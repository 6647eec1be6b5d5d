// Chromium focuses an autofocus field without always scrolling to it: the list of refusals above can push the
// first refused field below a phone's fold. Deferred, this runs once the styles are applied.
(function () {
  var field = document.querySelector('[autofocus]');
  if (field) {
    field.focus({preventScroll: true});
    field.scrollIntoView({block: 'center'});
  }
})();
