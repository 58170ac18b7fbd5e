// Inovasi: progressive enhancement only; every page works without this file.
// 1. Filter <select> elements marked data-kirim-otomatis submit their form when changed.
// 2. The "Periksa" and "Simpan" buttons of the submit page are disabled while a request is running.
(function () {
    "use strict";
    document.addEventListener("change", function (e) {
        var t = e.target;
        if (t && t.matches && t.matches("select[data-kirim-otomatis]") && t.form) {
            t.form.requestSubmit();
        }
    });
    document.addEventListener("submit", function (e) {
        var f = e.target;
        if (f && f.matches && f.matches("form[data-sekali]")) {
            window.setTimeout(function () {
                f.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
            }, 0);
        }
    });
}());
