/* Journées door screen: distinct sound and vibration per answer, and the camera path (jsQR). */
window.journeesDoor = (function () {
  var tones = {
    ARRIVED: [[880, 0.10], [1320, 0.16]],
    ALREADY_PRESENT: [[660, 0.10], [0, 0.06], [660, 0.10]],
    WAITLISTED: [[520, 0.30]],
    CANCELLED: [[300, 0.45]],
    UNKNOWN_CODE: [[220, 0.20], [0, 0.05], [180, 0.25]],
    OTHER_DAY: [[440, 0.08], [330, 0.08], [440, 0.08]],
    CLOSED: [[250, 0.50]]
  };
  var vibrations = {
    ARRIVED: [80], ALREADY_PRESENT: [60, 60, 60], WAITLISTED: [250], CANCELLED: [450],
    UNKNOWN_CODE: [150, 80, 150], OTHER_DAY: [50, 40, 50, 40, 50], CLOSED: [300]
  };
  var audio = null;

  function feedback(answer) {
    try {
      if (navigator.vibrate && vibrations[answer]) { navigator.vibrate(vibrations[answer]); }
      var Ctx = window.AudioContext || window.webkitAudioContext;
      if (!Ctx || !tones[answer]) { return; }
      audio = audio || new Ctx();
      if (audio.state === 'suspended') { audio.resume(); }
      var t = audio.currentTime;
      tones[answer].forEach(function (tone) {
        if (tone[0] > 0) {
          var osc = audio.createOscillator(), gain = audio.createGain();
          osc.frequency.value = tone[0];
          gain.gain.setValueAtTime(0.2, t);
          gain.gain.exponentialRampToValueAtTime(0.001, t + tone[1]);
          osc.connect(gain); gain.connect(audio.destination);
          osc.start(t); osc.stop(t + tone[1]);
        }
        t += tone[1];
      });
    } catch (e) { /* sound is a courtesy: the colour and the text say it all */ }
  }

  var stream = null, timer = null, lastCode = null, lastAt = 0;

  function start(host, video) {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      host.$server.cameraFailed('unavailable');
      return;
    }
    navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(function (s) {
        stream = s;
        video.setAttribute('playsinline', '');
        video.muted = true;
        video.srcObject = s;
        return video.play();
      })
      .then(function () { scan(host, video); })
      .catch(function (e) { host.$server.cameraFailed(e && e.name ? e.name : 'error'); });
  }

  function scan(host, video) {
    var canvas = document.createElement('canvas');
    var ctx = canvas.getContext('2d', { willReadFrequently: true });
    var tick = function () {
      if (!stream) { return; }
      if (video.readyState >= 2 && video.videoWidth > 0) {
        var w = Math.min(640, video.videoWidth);
        var h = Math.round(video.videoHeight * w / video.videoWidth);
        canvas.width = w; canvas.height = h;
        ctx.drawImage(video, 0, 0, w, h);
        var qr = window.jsQR(ctx.getImageData(0, 0, w, h).data, w, h, { inversionAttempts: 'attemptBoth' });
        // The same badge held in front of the camera is read once, not at every frame.
        if (qr && qr.data && (qr.data !== lastCode || Date.now() - lastAt > 4000)) {
          lastCode = qr.data; lastAt = Date.now();
          host.$server.scanned(qr.data);
        }
      }
      timer = setTimeout(tick, 120);
    };
    tick();
  }

  function stop(video) {
    if (timer) { clearTimeout(timer); timer = null; }
    if (stream) { stream.getTracks().forEach(function (t) { t.stop(); }); stream = null; }
    if (video) { video.srcObject = null; }
    lastCode = null;
  }

  return { feedback: feedback, start: start, stop: stop };
})();
