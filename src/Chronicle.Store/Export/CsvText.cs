using System.Text;

namespace Chronicle.Store.Export;

/// <summary>RFC 4180 fields: quoted when they hold a comma, quote or line break; quotes doubled.</summary>
public static class CsvText
{
    public static void WriteRow(TextWriter writer, IEnumerable<string?> values)
    {
        var first = true;
        foreach (var value in values)
        {
            if (!first)
            {
                writer.Write(',');
            }

            first = false;
            writer.Write(Field(value));
        }

        writer.Write("\r\n");
    }

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return value;
        }

        var quoted = new StringBuilder(value.Length + 2).Append('"');
        quoted.Append(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        return quoted.Append('"').ToString();
    }
}
