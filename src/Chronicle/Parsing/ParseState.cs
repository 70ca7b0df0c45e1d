using Chronicle.Documents;

namespace Chronicle.Parsing;

/// <summary>
/// An arc-hybrid configuration over a sentence of <see cref="Length"/> words: a stack, the buffer front and the arcs
/// built so far, with the left- and right-most children and label sets the feature templates read. The root is a
/// virtual word at index <see cref="Length"/>, at the end of the buffer, so attaching to it is a left arc.
/// Reused across sentences (<see cref="Reset"/>), so parsing allocates nothing per sentence.
/// </summary>
public sealed class ParseState
{
    private int[] _stack = [];
    private int[] _heads = [];
    private DependencyLabel[] _labels = [];
    private int[] _left1 = [];
    private int[] _left2 = [];
    private int[] _right1 = [];
    private int[] _right2 = [];
    private int[] _leftCount = [];
    private int[] _rightCount = [];
    private ulong[] _leftLabels = [];
    private ulong[] _rightLabels = [];
    private int[] _punctuationBefore = [];
    private int[] _verbsBefore = [];
    private ulong[] _upos = [];
    private ulong[] _lemmas = [];

    /// <summary>Number of words (the root is index <see cref="Length"/>).</summary>
    public int Length { get; private set; }

    public int StackCount { get; private set; }

    /// <summary>The first buffer position; equals <see cref="Length"/> when only the root is left.</summary>
    public int Buffer { get; private set; }

    public bool IsTerminal => StackCount == 0 && Buffer >= Length;

    public int Root => Length;

    public void Reset(int length)
    {
        if (_heads.Length < length + 1)
        {
            var size = Math.Max(length + 1, _heads.Length * 2);
            _stack = new int[size];
            _heads = new int[size];
            _labels = new DependencyLabel[size];
            _left1 = new int[size];
            _left2 = new int[size];
            _right1 = new int[size];
            _right2 = new int[size];
            _leftCount = new int[size];
            _rightCount = new int[size];
            _leftLabels = new ulong[size];
            _rightLabels = new ulong[size];
            _punctuationBefore = new int[size + 1];
            _verbsBefore = new int[size + 1];
            _upos = new ulong[size];
            _lemmas = new ulong[size];
        }

        Length = length;
        StackCount = 0;
        Buffer = 0;
        for (var i = 0; i <= length; i++)
        {
            _heads[i] = -1;
            _labels[i] = DependencyLabel.None;
            _left1[i] = _left2[i] = _right1[i] = _right2[i] = -1;
            _leftCount[i] = _rightCount[i] = 0;
            _leftLabels[i] = _rightLabels[i] = 0;
            _punctuationBefore[i] = _verbsBefore[i] = 0;
            _upos[i] = _lemmas[i] = ParserFeatures.None;
        }

        _punctuationBefore[length + 1] = _verbsBefore[length + 1] = 0;
    }

    /// <summary>
    /// Makes this state a copy of <paramref name="other"/> (same sentence, same arcs), reusing this state's arrays:
    /// a beam keeps one state per hypothesis and copies a parent into a child's slot at every step.
    /// </summary>
    public void CopyFrom(ParseState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var count = other.Length + 1;
        if (_heads.Length < count)
        {
            Reset(other.Length);
        }

        Length = other.Length;
        StackCount = other.StackCount;
        Buffer = other.Buffer;
        Array.Copy(other._stack, _stack, other.StackCount);
        Array.Copy(other._heads, _heads, count);
        Array.Copy(other._labels, _labels, count);
        Array.Copy(other._left1, _left1, count);
        Array.Copy(other._left2, _left2, count);
        Array.Copy(other._right1, _right1, count);
        Array.Copy(other._right2, _right2, count);
        Array.Copy(other._leftCount, _leftCount, count);
        Array.Copy(other._rightCount, _rightCount, count);
        Array.Copy(other._leftLabels, _leftLabels, count);
        Array.Copy(other._rightLabels, _rightLabels, count);
        Array.Copy(other._punctuationBefore, _punctuationBefore, count + 1);
        Array.Copy(other._verbsBefore, _verbsBefore, count + 1);
        Array.Copy(other._upos, _upos, count);
        Array.Copy(other._lemmas, _lemmas, count);
    }

    /// <summary>
    /// Resets to a sentence whose words have the given tag hashes (<see cref="DependencyParser.TagValue"/>) and counts
    /// the commas/colons and verbs before each word, so the features can say what lies between two words in O(1).
    /// </summary>
    /// <param name="upos">Per word, the hash of its universal POS (<see cref="DependencyParser.UposValue"/>); words past
    /// its end (all, when empty) read <see cref="ParserFeatures.None"/>. The root reads <see cref="DependencyParser.RootValue"/>.</param>
    /// <param name="lemmas">Per word, the hash of its normalised lemma (<see cref="Tagging.WordFeatures.NormOf"/>), the same way.</param>
    public void Reset(int length, ReadOnlySpan<ulong> tags, ReadOnlySpan<ulong> upos = default, ReadOnlySpan<ulong> lemmas = default)
    {
        Reset(length);
        upos[..Math.Min(upos.Length, length)].CopyTo(_upos);
        lemmas[..Math.Min(lemmas.Length, length)].CopyTo(_lemmas);
        _upos[length] = _lemmas[length] = DependencyParser.RootValue;
        _punctuationBefore[0] = _verbsBefore[0] = 0;
        for (var i = 0; i < length; i++)
        {
            var tag = i < tags.Length ? tags[i] : 0;
            _punctuationBefore[i + 1] = _punctuationBefore[i] + (ParserFeatures.IsClausePunctuation(tag) ? 1 : 0);
            _verbsBefore[i + 1] = _verbsBefore[i] + (ParserFeatures.IsVerb(tag) ? 1 : 0);
        }

        _punctuationBefore[length + 1] = _punctuationBefore[length];
        _verbsBefore[length + 1] = _verbsBefore[length];
    }

    /// <summary>
    /// How many commas/colons and verbs lie strictly between words <paramref name="left"/> and <paramref name="right"/>
    /// (each capped at 3), packed into one value; 0 when either word is missing or the state was reset without tags.
    /// </summary>
    public ulong Between(int left, int right)
    {
        if (left < 0 || right < 0 || left >= right || right >= _punctuationBefore.Length)
        {
            return 0;
        }

        var punctuation = Math.Min(_punctuationBefore[right] - _punctuationBefore[left + 1], 3);
        var verbs = Math.Min(_verbsBefore[right] - _verbsBefore[left + 1], 3);
        return (ulong)(1 + (punctuation * 4) + verbs);
    }

    /// <summary>The hash of the word's universal POS (as given to <see cref="Reset(int, ReadOnlySpan{ulong}, ReadOnlySpan{ulong}, ReadOnlySpan{ulong})"/>), or <see cref="ParserFeatures.None"/>.</summary>
    public ulong Upos(int word) => (uint)word <= (uint)Length ? _upos[word] : ParserFeatures.None;

    /// <summary>The hash of the word's lemma, or <see cref="ParserFeatures.None"/>.</summary>
    public ulong Lemma(int word) => (uint)word <= (uint)Length ? _lemmas[word] : ParserFeatures.None;

    /// <summary>The i-th stack item from the top (0 = top), or -1.</summary>
    public int Stack(int i) => i < StackCount ? _stack[StackCount - 1 - i] : -1;

    /// <summary>The i-th buffer word (0 = front), the root, or -1 past it.</summary>
    public int BufferAt(int i) => Buffer + i <= Length ? Buffer + i : -1;

    public int Head(int word) => _heads[word];

    public DependencyLabel Label(int word) => _labels[word];

    public int LeftMost(int word) => word < 0 ? -1 : _left1[word];

    public int SecondLeftMost(int word) => word < 0 ? -1 : _left2[word];

    public int RightMost(int word) => word < 0 ? -1 : _right1[word];

    public int SecondRightMost(int word) => word < 0 ? -1 : _right2[word];

    public int LeftCount(int word) => word < 0 ? 0 : _leftCount[word];

    public int RightCount(int word) => word < 0 ? 0 : _rightCount[word];

    /// <summary>Bit set of the labels of the word's left children.</summary>
    public ulong LeftLabels(int word) => word < 0 ? 0 : _leftLabels[word];

    public ulong RightLabels(int word) => word < 0 ? 0 : _rightLabels[word];

    internal void Push()
    {
        _stack[StackCount++] = Buffer;
        Buffer++;
    }

    /// <summary>Attaches the top of the stack to <paramref name="head"/> and pops it.</summary>
    internal void AttachTop(int head, DependencyLabel label)
    {
        var dependent = _stack[--StackCount];
        _heads[dependent] = head;
        _labels[dependent] = label;
        var bit = 1UL << ((int)label & 63);
        if (dependent < head)
        {
            // Arc-hybrid adds left children right to left, so each new one is the left-most.
            _left2[head] = _left1[head];
            _left1[head] = dependent;
            _leftCount[head]++;
            _leftLabels[head] |= bit;
        }
        else
        {
            _right2[head] = _right1[head];
            _right1[head] = dependent;
            _rightCount[head]++;
            _rightLabels[head] |= bit;
        }
    }
}
