using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inovasi.Web.Pages;

/// <summary>The error page for the site (never a stack trace): re-executed for error status codes and
/// unhandled exceptions. API errors are problem details instead.</summary>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Heading { get; private set; } = "";

    public string Explanation { get; private set; } = "";

    /// <param name="code">The status code, from the query only: the failed request's body is never read here.</param>
    public void OnGet([FromQuery(Name = "kode")] int? code) => Describe(code);

    /// <param name="code">The status code, from the query only.</param>
    public void OnPost([FromQuery(Name = "kode")] int? code) => Describe(code);

    private void Describe(int? requested)
    {
        var code = requested ?? (HttpContext.Response.StatusCode >= 400 ? HttpContext.Response.StatusCode : 500);
        (Heading, Explanation) = code switch
        {
            400 => ("Permintaan tidak valid", "Permintaan tidak dapat diproses. Jika Anda mengirim formulir, muat ulang halamannya lalu coba lagi."),
            401 or 403 => ("Tidak diizinkan", "Halaman ini hanya untuk editor yang sudah masuk."),
            404 => ("Halaman tidak ditemukan", "Alamat ini tidak ada. Coba cari inovasi dari halaman utama."),
            405 => ("Metode tidak diizinkan", "Halaman ini tidak menerima permintaan seperti itu."),
            413 => ("Berkas terlalu besar", "Isi yang dikirim melebihi batas ukuran. Perkecil berkas atau teks lalu coba lagi."),
            429 => ("Terlalu banyak permintaan", "Tunggu sebentar lalu coba lagi."),
            _ => ("Terjadi kesalahan", "Maaf, terjadi kesalahan di server. Coba lagi nanti."),
        };
        if (requested is { } c && c >= 400 && c < 600)
        {
            HttpContext.Response.StatusCode = c;
        }
    }
}
