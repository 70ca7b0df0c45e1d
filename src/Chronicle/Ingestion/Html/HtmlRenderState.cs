using System.Text;

namespace Chronicle.Ingestion.Html;

/// <summary>The paragraphs rendered so far and the one being built, with how much of it is link text.</summary>
internal sealed class HtmlRenderState
{
    /// <summary>A paragraph with more than this share of its letters inside links is navigation, not prose.</summary>
    private const double MaximumLinkShare = 0.5;

    private readonly StringBuilder _current = new();
    private int _linkChars;

    public List<string> Paragraphs { get; } = [];

    public void Append(string data, bool inLink)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                if (_current.Length > 0 && _current[^1] != ' ')
                {
                    _current.Append(' ');
                }
            }
            else if (c is not ('\u200B' or '\u200C' or '\u200D' or '\uFEFF'))
            {
                _current.Append(c);
                _linkChars += inLink ? 1 : 0;
            }
        }
    }

    public void Flush()
    {
        var paragraph = _current.ToString().Trim();
        var letters = paragraph.Count(c => c != ' ');
        if (paragraph.Length > 0 && _linkChars <= letters * MaximumLinkShare)
        {
            Paragraphs.Add(paragraph);
        }

        _current.Clear();
        _linkChars = 0;
    }
}
