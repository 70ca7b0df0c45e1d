using System.Text.Encodings.Web;
using System.Text.Json;
using Chronicle.Store.Export;
using Spectre.Console;

namespace Chronicle.Cli.Commands;

/// <summary>Writes query results as a table for a person (stderr), or as JSON or CSV for programs (stdout).</summary>
internal static class QueryOutput
{
    public static readonly string[] Formats = ["table", "json", "csv"];

    private static readonly JsonWriterOptions s_json = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="columns">Header (snake_case, used as the JSON name and CSV header) and how to get the value.</param>
    public static void Write<T>(CliContext context, string format, IReadOnlyList<T> rows, params (string Name, Func<T, object?> Value)[] columns)
    {
        switch (format)
        {
            case "json":
                WriteJson(context, rows, columns);
                break;
            case "csv":
                CsvText.WriteRow(context.Out, columns.Select(c => c.Name));
                foreach (var row in rows)
                {
                    CsvText.WriteRow(context.Out, columns.Select(c => Text(c.Value(row))));
                }

                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                foreach (var (name, _) in columns)
                {
                    table.AddColumn(new TableColumn(Markup.Escape(name)));
                }

                foreach (var row in rows)
                {
                    table.AddRow(columns.Select(c => Markup.Escape(Shorten(Text(c.Value(row)) ?? ""))).ToArray());
                }

                context.Error.Write(table);
                context.Error.MarkupLineInterpolated($"{rows.Count} rows");
                break;
        }
    }

    private static void WriteJson<T>(CliContext context, IReadOnlyList<T> rows, (string Name, Func<T, object?> Value)[] columns)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, s_json))
        {
            writer.WriteStartArray();
            foreach (var row in rows)
            {
                writer.WriteStartObject();
                foreach (var (name, value) in columns)
                {
                    writer.WritePropertyName(name);
                    switch (value(row))
                    {
                        case null:
                            writer.WriteNullValue();
                            break;
                        case long n:
                            writer.WriteNumberValue(n);
                            break;
                        case int n:
                            writer.WriteNumberValue(n);
                            break;
                        case double d:
                            writer.WriteNumberValue(d);
                            break;
                        case bool b:
                            writer.WriteBooleanValue(b);
                            break;
                        case var other:
                            writer.WriteStringValue(Text(other));
                            break;
                    }
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        context.Out.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    // A table is for reading at a glance; the full text is in the JSON and CSV output.
    private static string Shorten(string text) => text.Length <= 120 ? text : text[..119] + "…";

    private static string? Text(object? value) => value switch
    {
        null => null,
        double d => d.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
