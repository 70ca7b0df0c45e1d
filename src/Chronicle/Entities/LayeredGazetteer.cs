using System.Buffers;
using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>
/// Two gazetteers read together: the first writes its marks as it would alone, the second's go into each mark's
/// <see cref="GazetteerMark.Secondary"/> reading, so a model sees both lists with their own weights and the first
/// list's features stay exactly what they were without the second. Named "first+second". Immutable and
/// thread-safe when both gazetteers are.
/// </summary>
public sealed class LayeredGazetteer : IGazetteer
{
    private const int StackMarks = 256;

    private readonly IGazetteer _primary;
    private readonly IGazetteer _secondary;

    public LayeredGazetteer(IGazetteer primary, IGazetteer secondary)
    {
        ArgumentNullException.ThrowIfNull(primary);
        ArgumentNullException.ThrowIfNull(secondary);
        _primary = primary;
        _secondary = secondary;
        Name = primary.Name + "+" + secondary.Name;
    }

    public string Name { get; }

    public IGazetteer Primary => _primary;

    public IGazetteer Secondary => _secondary;

    public void Mark(Document document, TokenRange sentence, Span<GazetteerMark> marks)
    {
        _primary.Mark(document, sentence, marks);
        var n = sentence.Length;
        GazetteerMark[]? rented = null;
        var scratch = n <= StackMarks ? stackalloc GazetteerMark[StackMarks] : (rented = ArrayPool<GazetteerMark>.Shared.Rent(n));
        try
        {
            var second = scratch[..n];
            second.Clear();
            _secondary.Mark(document, sentence, second);
            for (var t = 0; t < n; t++)
            {
                // Only the second gazetteer's own reading is kept: a layered gazetteer has room for two.
                if (!second[t].IsEmpty)
                {
                    marks[t] = marks[t] with { Secondary = second[t].Category, SecondaryPosition = second[t].Position };
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<GazetteerMark>.Shared.Return(rented);
            }
        }
    }
}
