using Inovasi.Web.Tests.Support;

namespace Inovasi.Web.Tests.EndToEnd;

/// <summary>End-to-end: a user in Chromium searches, opens a write-up, gets recommendations and submits a
/// write-up as an editor, against the real server. Each test saves a screenshot of the page it ends on.</summary>
public sealed class SiteTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Search_then_open_a_writeup()
    {
        var (context, page, errors) = await fixture.NewPageAsync();
        await using (context)
        {
            await page.GotoAsync("/");
            await BrowserFixture.ScreenshotAsync(page, "cari-kosong");
            await page.FillAsync("#q", "kematian daring");
            await page.PressAsync("#q", "Enter");
            await page.WaitForSelectorAsync("#ringkasan-hasil");
            Assert.Contains("inovasi ditemukan", await page.InnerTextAsync("#ringkasan-hasil"), StringComparison.Ordinal);
            Assert.True(await page.Locator("ol.hasil mark").CountAsync() > 0);
            await BrowserFixture.ScreenshotAsync(page, "cari");

            await page.ClickAsync("a.judul:text('Seraton')");
            await page.WaitForURLAsync("**/inovasi/seraton-disdukcapil-medan");
            Assert.Equal("Seraton", await page.InnerTextAsync("h1"));
            Assert.Contains("Kabupaten Deli Serdang", await page.InnerTextAsync("#replikasi-judul + table"), StringComparison.Ordinal);
            await BrowserFixture.ScreenshotAsync(page, "inovasi");
        }

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Search_works_on_a_phone_sized_screen()
    {
        var (context, page, errors) = await fixture.NewPageAsync(390, 844);
        await using (context)
        {
            await page.GotoAsync("/?q=izin");
            await page.WaitForSelectorAsync("#ringkasan-hasil");
            var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            Assert.True(scrollWidth <= 390, $"page is {scrollWidth}px wide on a 390px screen");
            await BrowserFixture.ScreenshotAsync(page, "cari-ponsel");
        }

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Get_recommendations_with_survey_values()
    {
        var (context, page, errors) = await fixture.NewPageAsync();
        await using (context)
        {
            await page.GotoAsync("/rekomendasi");
            await page.FillAsync("#Agency", "Dinas Kependudukan dan Catatan Sipil");
            await page.FillAsync("#Region", "Kota Tebing Tinggi");
            await page.FillAsync("#Affairs", "administrasi kependudukan dan pencatatan sipil");
            await page.FillAsync("#Problem", "Warga harus datang ke kantor untuk melaporkan kematian");
            string[] codes = ["persyaratan", "prosedur", "waktu", "biaya", "produk", "kompetensi", "perilaku", "pengaduan", "sarana"];
            foreach (var code in codes)
            {
                await page.FillAsync($"#unsur-{code}", code == "waktu" ? "2,1" : "3,4");
            }

            await page.ClickAsync("button:text('Beri rekomendasi')");
            await page.WaitForSelectorAsync("#daftar-saran");
            Assert.StartsWith("B", await page.InnerTextAsync("#nilai-mutu"), StringComparison.Ordinal);
            Assert.True(await page.Locator("svg.grafik rect").CountAsync() >= 9);
            Assert.True(await page.Locator("#daftar-saran > li").CountAsync() > 0);
            await BrowserFixture.ScreenshotAsync(page, "rekomendasi");
        }

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Submit_a_writeup_as_an_editor()
    {
        var (context, page, errors) = await fixture.NewPageAsync();
        await using (context)
        {
            await page.GotoAsync("/kirim");
            await page.WaitForURLAsync("**/masuk?ReturnUrl=%2Fkirim");
            await page.FillAsync("#UserName", InovasiFactory.EditorName);
            await page.FillAsync("#Password", InovasiFactory.EditorPassword);
            await page.ClickAsync("form.formulir button[type=submit]");
            await page.WaitForURLAsync("**/kirim");

            await page.FillAsync("#Text", "---\nid: rusak\njudul: Rusak\ntahun: dua ribu\n---\n");
            await page.ClickAsync("button:text('Periksa')");
            await page.WaitForSelectorAsync("#daftar-galat");
            Assert.Contains("baris 4", await page.InnerTextAsync("#daftar-galat"), StringComparison.Ordinal);
            await BrowserFixture.ScreenshotAsync(page, "kirim-galat");

            await page.FillAsync("#Text", TestCorpus.NewWriteup("parkir-elektronik-e2e", "Parkir Elektronik"));
            await page.ClickAsync("button:text('Periksa')");
            await page.WaitForSelectorAsync("#pratinjau");
            await page.ClickAsync("button:text('Simpan')");
            await page.WaitForSelectorAsync("#tersimpan");
            await BrowserFixture.ScreenshotAsync(page, "kirim");

            await page.ClickAsync("#tersimpan a");
            await page.WaitForURLAsync("**/inovasi/parkir-elektronik-e2e");
            Assert.Equal("Parkir Elektronik", await page.InnerTextAsync("h1"));
            Assert.True(File.Exists(Path.Combine(fixture.Factory.CorpusPath, "parkir-elektronik-e2e.md")));
        }

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Statistics_page_renders_its_charts()
    {
        var (context, page, errors) = await fixture.NewPageAsync();
        await using (context)
        {
            await page.GotoAsync("/statistik");
            Assert.True(await page.Locator("svg.grafik").CountAsync() >= 2);
            await BrowserFixture.ScreenshotAsync(page, "statistik");
        }

        Assert.Empty(errors);
    }
}
