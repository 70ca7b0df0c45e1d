using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Chronicle.Training.Evaluation;

/// <summary>
/// The few Python behaviours the scorer port must reproduce exactly: truthiness of JSON values, <c>str()</c> and
/// <c>repr()</c> in messages, <c>round(x, 3)</c> and float printing.
/// </summary>
internal static class PythonValues
{
    /// <summary>Python truthiness of a decoded JSON value: null, false, 0, "", [] and {} are false.</summary>
    public static bool Truthy(JsonNode? node) => node switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject obj => obj.Count > 0,
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.String => value.GetValue<string>().Length > 0,
            JsonValueKind.Number => value.GetValue<double>() != 0,
            _ => true,
        },
        _ => true,
    };

    /// <summary>The string a JSON string decodes to; null for null, missing or non-string values.</summary>
    public static string? AsString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    /// <summary><c>dict.get(key)</c>: the value, or null when the key is missing or the value is JSON null.</summary>
    public static JsonNode? Get(JsonObject obj, string key) => obj.TryGetPropertyValue(key, out var node) ? node : null;

    /// <summary>Python's <c>str()</c> of a decoded JSON value, as an f-string prints it.</summary>
    public static string Str(JsonNode? node) => node switch
    {
        null => "None",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => Repr(node),
    };

    /// <summary>Python's <c>repr()</c> of a decoded JSON value.</summary>
    public static string Repr(JsonNode? node) => node switch
    {
        null => "None",
        JsonArray array => "[" + string.Join(", ", array.Select(Repr)) + "]",
        JsonObject obj => "{" + string.Join(", ", obj.Select(p => Repr(p.Key) + ": " + Repr(p.Value))) + "}",
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => Repr(value.GetValue<string>()),
            JsonValueKind.True => "True",
            JsonValueKind.False => "False",
            JsonValueKind.Number => NumberRepr(value),
            _ => "None",
        },
        _ => "None",
    };

    /// <summary>Python's <c>repr()</c> of a string (or None).</summary>
    public static string Repr(string? text)
    {
        if (text is null)
        {
            return "None";
        }

        var quote = text.Contains('\'') && !text.Contains('"') ? '"' : '\'';
        var builder = new StringBuilder(text.Length + 2).Append(quote);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c == quote)
                    {
                        builder.Append('\\');
                    }

                    builder.Append(c);
                    break;
            }
        }

        return builder.Append(quote).ToString();
    }

    /// <summary>A tuple of strings as Python prints it: <c>('RUS', 'CONSULT', None)</c>.</summary>
    public static string TupleRepr(params string?[] items) => "(" + string.Join(", ", items.Select(Repr)) + ")";

    /// <summary>
    /// Python's <c>round(x, 3)</c>: the exact binary value rounded half-to-even at the third decimal, computed on the
    /// exact rational so ties and near-ties fall the way CPython's correctly rounded algorithm makes them fall.
    /// </summary>
    public static double Round3(double x)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0)
        {
            return x;
        }

        var negative = x < 0;
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }

        exponent -= 1075;

        // x = mantissa * 2^exponent; scaled = x * 1000 as numerator / denominator.
        BigInteger numerator = new BigInteger(mantissa) * 1000;
        var denominator = BigInteger.One;
        if (exponent >= 0)
        {
            numerator <<= exponent;
        }
        else
        {
            denominator <<= -exponent;
        }

        var quotient = BigInteger.DivRem(numerator, denominator, out var remainder);
        var twice = remainder * 2;
        if (twice > denominator || (twice == denominator && !quotient.IsEven))
        {
            quotient += 1;
        }

        var result = (double)quotient / 1000.0;
        return negative ? -result : result;
    }

    /// <summary>Python's <c>repr()</c> of a float: the shortest round-trip digits, always with a decimal point.</summary>
    public static string FloatRepr(double x)
    {
        var text = x.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal))
        {
            var mantissaAndExponent = text.Split('E');
            var exponentValue = int.Parse(mantissaAndExponent[1], CultureInfo.InvariantCulture);
            return mantissaAndExponent[0] + "e" + (exponentValue < 0 ? "-" : "+") + Math.Abs(exponentValue).ToString("00", CultureInfo.InvariantCulture);
        }

        return text.Contains('.', StringComparison.Ordinal) || text.Contains('N', StringComparison.Ordinal) || text.Contains('I', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static string NumberRepr(JsonValue value)
    {
        var raw = value.ToJsonString();
        return raw.AsSpan().ContainsAny(".eE") ? FloatRepr(value.GetValue<double>()) : raw;
    }
}
