using System.Text.Encodings.Web;
using System.Text.Json;
using Inovasi.Search;
using Inovasi.Search.Writeups;

namespace Inovasi.Cli.Commands;

/// <summary>
/// The <c>--json</c> output of <c>inovasi search</c>: one JSON object, then a newline.
/// </summary>
/// <remarks>
/// Shape: <c>{"query", "total", "elapsedMs", "suggestion", "message", "hits": [{"rank", "id", "title", "score",
/// "opd", "pemda", "tahun", "klaster", "snippet": {"text", "section", "highlights": [{"start", "length"}]} | null}],
/// "facets": {"klaster": [{"value", "count"}], ...}}</c>. Hits are in rank order; highlight offsets count UTF-16
/// code units into <c>snippet.text</c> (no markup, so every front end escapes it safely).
/// </remarks>
internal static class SearchJson
{
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(TextWriter output, string query, SearchResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, s_options))
        {
            json.WriteStartObject();
            json.WriteString("query", query);
            json.WriteNumber("total", result.Total);
            json.WriteNumber("elapsedMs", Math.Round(result.Elapsed.TotalMilliseconds, 3));
            WriteNullable(json, "suggestion", result.Suggestion);
            WriteNullable(json, "message", result.Message);
            json.WriteStartArray("hits");
            var rank = 0;
            foreach (var hit in result.Hits)
            {
                WriteHit(json, ++rank, hit);
            }

            json.WriteEndArray();
            json.WriteStartObject("facets");
            foreach (var facet in result.Facets)
            {
                json.WriteStartArray(facet.Name);
                foreach (var value in facet.Values)
                {
                    json.WriteStartObject();
                    json.WriteString("value", value.Value);
                    json.WriteNumber("count", value.Count);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }

    private static void WriteHit(Utf8JsonWriter json, int rank, SearchHit hit)
    {
        Innovation innovation = hit.Innovation;
        json.WriteStartObject();
        json.WriteNumber("rank", rank);
        json.WriteString("id", hit.Id);
        json.WriteString("title", hit.Title);
        json.WriteNumber("score", Math.Round(hit.Score, 6));
        json.WriteString("opd", innovation.Agency);
        json.WriteString("pemda", innovation.Region);
        json.WriteNumber("tahun", innovation.Year);
        WriteNullable(json, "klaster", innovation.Cluster);
        if (hit.Snippet is { } snippet)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", snippet.Text);
            WriteNullable(json, "section", snippet.Section);
            json.WriteStartArray("highlights");
            foreach (var highlight in snippet.Highlights)
            {
                json.WriteStartObject();
                json.WriteNumber("start", highlight.Start);
                json.WriteNumber("length", highlight.Length);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("snippet");
        }

        json.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
