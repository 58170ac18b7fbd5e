using System.Text;
using Inovasi.Recommend;
using Inovasi.Search.Writeups;
using Inovasi.Web.Catalog;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Inovasi.Web.Pages;

/// <summary>Kirim (editors only): paste or upload a FORMAT.md write-up, see every error with its line and any
/// near-duplicate before saving; saving writes <c>&lt;id&gt;.md</c> to the corpus folder and updates the index.</summary>
public sealed class KirimModel(InnovationCatalog catalog) : PageModel
{
    /// <summary>The name used in messages for pasted text (no <c>.md</c>, so the id is not checked against it).</summary>
    public const string PastedName = "teks-tempel";

    [BindProperty]
    public string? Text { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public bool Confirm { get; set; }

    public WriteupReadResult? Result { get; private set; }

    public IReadOnlyList<SimilarInnovation> NearDuplicates { get; private set; } = [];

    public Innovation? Existing { get; private set; }

    public string? SavedId { get; private set; }

    public bool NeedsConfirmation => NearDuplicates.Count > 0 || Existing is not null;

    public void OnGet()
    {
    }

    public Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken) => HandleAsync(save: false, cancellationToken);

    public Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken) => HandleAsync(save: true, cancellationToken);

    private async Task<IActionResult> HandleAsync(bool save, CancellationToken cancellationToken)
    {
        var name = PastedName;
        if (Upload is { Length: > 0 } file)
        {
            using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            Text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
            name = Path.GetFileName(file.FileName);
        }

        if (string.IsNullOrWhiteSpace(Text))
        {
            ModelState.AddModelError(nameof(Text), "Tempel isi tulisan (FORMAT.md) atau unggah berkas .md.");
            return Page();
        }

        Text = Text.ReplaceLineEndings("\n");
        Result = WriteupReader.Parse(Text, name);
        if (!Result.IsValid || Result.Innovation is not { } innovation)
        {
            return Page();
        }

        Existing = catalog.Index.Get(innovation.Id);
        NearDuplicates = catalog.Recommender.NearDuplicates(innovation)
            .Where(d => !string.Equals(d.Innovation.Id, innovation.Id, StringComparison.Ordinal)).ToList();
        if (!save)
        {
            return Page();
        }

        if (NeedsConfirmation && !Confirm)
        {
            ModelState.AddModelError(nameof(Confirm), "Periksa peringatan di atas, lalu centang konfirmasi untuk tetap menyimpan.");
            return Page();
        }

        await catalog.SaveAsync(innovation, Text, cancellationToken).ConfigureAwait(false);
        SavedId = innovation.Id;
        return Page();
    }

    public string? ErrorFor(string key) =>
        ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;
}
