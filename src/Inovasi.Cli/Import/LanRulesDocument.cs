using System.Text;

namespace Inovasi.Cli.Import;

/// <summary>
/// Renders the converter's rule tables as Markdown. docs/corpus.md holds this text between
/// <see cref="Begin"/> and <see cref="End"/>; a test fails when the two differ, so the docs list exactly the rules
/// the code applies.
/// </summary>
internal static class LanRulesDocument
{
    /// <summary>Marker before the generated block in docs/corpus.md.</summary>
    public const string Begin = "<!-- import-lan rules: generated from src/Inovasi.Cli/Import; do not edit by hand -->";

    /// <summary>Marker after the generated block.</summary>
    public const string End = "<!-- end of import-lan rules -->";

    /// <summary>The rule tables, between the markers, with LF line endings.</summary>
    public static string Render()
    {
        var sb = new StringBuilder();
        sb.Append(Begin).Append("\n\n");

        sb.Append("#### Owner → `pemda`: aliases (rule 1)\n\n| `nama_instansi` (normalised) | `pemda` | why |\n|---|---|---|\n");
        foreach (var (institution, kind, name, reason) in RegionResolver.Aliases)
        {
            var government = new WilayahEntry(0, kind, name, name).GovernmentName;
            sb.Append("| `").Append(institution).Append("` | ").Append(government).Append(" | ").Append(reason).Append(" |\n");
        }

        sb.Append("\n#### Owner → `Pemerintah Pusat` (rule 2)\n\n`nama_instansi` starts with one of: ");
        sb.AppendJoin(", ", RegionResolver.CentralPrefixes.Select(p => "`" + p + "`"));
        sb.Append("; or contains the word `persero`.\n");

        sb.Append("\n#### Phrases rewritten before matching\n\n| phrase | read as |\n|---|---|\n");
        foreach (var (phrase, replacement) in LanRules.Rewrites)
        {
            sb.Append("| `").Append(phrase).Append("` | `").Append(replacement).Append("` |\n");
        }

        sb.Append("\n#### `klaster` (name and product; first match in this order; otherwise `")
            .Append(LanRules.DefaultCluster).Append("`)\n\n");
        Table(sb, "klaster", LanRules.Clusters);

        sb.Append("\n#### `urusan` (name and product; if none matches, the unit's name; every match)\n\n");
        Table(sb, "urusan", LanRules.Affairs);

        sb.Append("\n#### `unsur_skm` (name, product and `manfaat`; every match)\n\n");
        Table(sb, "unsur_skm", LanRules.ServiceElements);

        sb.Append("\n#### `digital: true` (name and product; otherwise left out)\n\n");
        sb.AppendJoin(", ", LanRules.Digital.Keywords.Select(k => "`" + k + "`"));
        sb.Append("\n\n").Append(End).Append('\n');
        return sb.ToString();
    }

    private static void Table(StringBuilder sb, string column, IReadOnlyList<KeywordRule> rules)
    {
        sb.Append("| ").Append(column).Append(" | keywords |\n|---|---|\n");
        foreach (var rule in rules)
        {
            sb.Append("| `").Append(rule.Label).Append("` | ");
            sb.AppendJoin(", ", rule.Keywords.Select(k => "`" + k + "`"));
            sb.Append(" |\n");
        }
    }
}
