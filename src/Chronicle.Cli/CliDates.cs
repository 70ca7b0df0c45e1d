using System.Globalization;
using Spectre.Console;

namespace Chronicle.Cli;

/// <summary>Reads the <c>--published YYYY-MM-DD</c> option the same way in every command.</summary>
internal static class CliDates
{
    /// <summary>False (after printing why) when the text is given but is not a date.</summary>
    public static bool TryParse(string? text, CliContext context, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            context.Error.MarkupLineInterpolated($"[red]error:[/] --published '{text}' is not a date of the form YYYY-MM-DD.");
            return false;
        }

        date = parsed;
        return true;
    }
}
