// Runs inside the app's module before main() (emscripten --pre-js): where this page keeps the
// learner's data, the scenario a published page opens, and scenarios opened from the person's device.

// This page's own storage: the browser's IndexedDB for this site, under a name made from the page's
// path, so that two published scenarios on one web host keep their learners' data apart.
function coinstudioStorageRoot() {
  var path = location.pathname.replace(/index\.html$/, '');
  var h = 0x811c9dc5;
  for (var i = 0; i < path.length; ++i) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return '/learner-' + h.toString(16);
}

// Writes `bytes` at `path` in the page's memory, making its folders.
function coinstudioWriteFile(path, bytes) {
  var parts = path.split('/').filter(function (p) { return p.length > 0; });
  var dir = '';
  for (var i = 0; i < parts.length - 1; ++i) {
    dir += '/' + parts[i];
    try { FS.mkdir(dir); } catch (e) { /* already there */ }
  }
  FS.writeFile(path, new Uint8Array(bytes));
}

var coinstudioSyncing = false;
var coinstudioSyncAgain = false;
// Copies what the app wrote (answers, reflections, settings) into the browser's storage.
function coinstudioPersist() {
  if (typeof FS === 'undefined' || !Module.coinstudioStorageReady) return;
  if (coinstudioSyncing) { coinstudioSyncAgain = true; return; }
  coinstudioSyncing = true;
  FS.syncfs(false, function (err) {
    coinstudioSyncing = false;
    if (err) console.warn('coinstudio: could not keep the learner data in this browser:', err);
    if (coinstudioSyncAgain) { coinstudioSyncAgain = false; coinstudioPersist(); }
  });
}
Module.coinstudioPersist = coinstudioPersist;

// What this page keeps in the browser's storage, file by file (for the page's tests and for anyone
// wondering: it is the same as the desktop's user-data folder, see docs/user-data.md).
Module.coinstudioStoredFiles = function () {
  var out = [];
  (function walk(dir) {
    var names;
    try { names = FS.readdir(dir); } catch (e) { return; }
    names.forEach(function (n) {
      if (n === '.' || n === '..') return;
      var path = dir + '/' + n;
      if (FS.isDir(FS.stat(path).mode)) walk(path); else out.push(path);
    });
  })(coinstudioStorageRoot());
  return out;
};

// Files the person chose or dropped: [{path: 'folder/x.toml', file: Blob}, …]. They go to a new
// folder in the page's memory (keeping their relative paths, so a scenario finds its pictures) and
// the scenario among them opens: the only .toml, else the one nearest the top, then by name.
var coinstudioOpenCount = 0;
Module.coinstudioOpenFiles = function (entries) {
  var tomls = entries.filter(function (e) { return /\.toml$/i.test(e.path); });
  if (tomls.length === 0) {
    Module.coinstudioNotice('No scenario there: choose a .toml file, or a folder holding one.');
    return Promise.resolve(false);
  }
  var folder = '/opened/' + (++coinstudioOpenCount);
  return Promise.all(entries.map(function (e) {
    return e.file.arrayBuffer().then(function (bytes) { coinstudioWriteFile(folder + '/' + e.path, bytes); });
  })).then(function () {
    tomls.sort(function (a, b) {
      var da = a.path.split('/').length, db = b.path.split('/').length;
      return da !== db ? da - db : (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    });
    Module.ccall('coinstudio_open', null, ['string'], [folder + '/' + tomls[0].path]);
    return true;
  });
};

Module.preRun = Module.preRun || [];
Module.preRun.push(function () {
  var root = coinstudioStorageRoot();
  FS.mkdir(root);
  FS.mount(IDBFS, {}, root);
  ENV.XDG_DATA_HOME = root + '/data';
  ENV.XDG_CONFIG_HOME = root + '/config';
  ENV.HOME = root + '/home';
  addRunDependency('coinstudio-storage');
  FS.syncfs(true, function (err) {
    if (err) console.warn('coinstudio: this browser keeps no data for the page:', err);
    Module.coinstudioStorageReady = true;
    removeRunDependency('coinstudio-storage');
  });

  var params = new URLSearchParams(location.search);
  if (params.get('lang')) ENV.COINSTUDIO_LANG = params.get('lang');
  if (params.get('step')) ENV.COINSTUDIO_STEP = params.get('step');

  // A published page (coinstudio --publish) opens its scenario: published.json lists its files.
  addRunDependency('coinstudio-published');
  fetch('published.json', { cache: 'no-cache' })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (manifest) {
      if (!manifest || typeof manifest.scenario !== 'string' || !Array.isArray(manifest.files)) return null;
      return Promise.all(manifest.files.map(function (f) {
        // Paths in published.json are as on disk: each folder and name is encoded for the address.
        var address = f.split('/').map(encodeURIComponent).join('/');
        return fetch(address).then(function (r) {
          if (!r.ok) throw new Error(f + ': ' + r.status + ' ' + r.statusText);
          return r.arrayBuffer();
        }).then(function (bytes) { coinstudioWriteFile('/published/' + f, bytes); });
      })).then(function () { ENV.COINSTUDIO_OPEN = '/published/' + manifest.scenario; });
    })
    .catch(function (err) {
      Module.coinstudioNotice('The published scenario could not be loaded (' + err.message +
                              '): the built-in scenarios are shown instead.');
    })
    .finally(function () { removeRunDependency('coinstudio-published'); });
});
