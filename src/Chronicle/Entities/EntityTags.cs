using System.Globalization;

namespace Chronicle.Entities;

/// <summary>
/// The BILOU entity tags stored in <see cref="Documents.TokenData.EntityTag"/>: 0 is outside (O), otherwise
/// <c>1 + type * 4 + position</c>, so every (type, position) pair has one fixed code whatever the model.
/// </summary>
public static class EntityTags
{
    public const ushort Outside = 0;

    private const int PositionCount = 4;

    /// <summary>One past the largest tag code.</summary>
    public static int Count { get; } = 1 + (Enum.GetValues<EntityType>().Length * PositionCount);

    public static ushort Of(EntityType type, BilouPosition position) => (ushort)(1 + ((int)type * PositionCount) + (int)position);

    public static bool IsOutside(ushort tag) => tag == Outside;

    public static EntityType TypeOf(ushort tag) =>
        tag == Outside ? throw new ArgumentOutOfRangeException(nameof(tag), "The outside tag has no type.") : (EntityType)((tag - 1) / PositionCount);

    public static BilouPosition PositionOf(ushort tag) =>
        tag == Outside ? throw new ArgumentOutOfRangeException(nameof(tag), "The outside tag has no position.") : (BilouPosition)((tag - 1) % PositionCount);

    /// <summary>True when <paramref name="next"/> may follow <paramref name="previous"/> (<paramref name="previous"/> null: sentence start).</summary>
    public static bool IsValidTransition(ushort? previous, ushort next)
    {
        var open = previous is { } p && p != Outside && PositionOf(p) is BilouPosition.Begin or BilouPosition.Inside;
        if (!open)
        {
            return next == Outside || PositionOf(next) is BilouPosition.Begin or BilouPosition.Unit;
        }

        return next != Outside && TypeOf(next) == TypeOf(previous!.Value) && PositionOf(next) is BilouPosition.Inside or BilouPosition.Last;
    }

    /// <summary>True when a sentence may end on <paramref name="tag"/> (no mention left open).</summary>
    public static bool IsValidEnd(ushort tag) => tag == Outside || PositionOf(tag) is BilouPosition.Last or BilouPosition.Unit;

    /// <summary>"O", "B-PERSON", "L-GPE", …</summary>
    public static string Name(ushort tag) =>
        tag == Outside ? "O" : string.Create(CultureInfo.InvariantCulture, $"{"BILU"[(int)PositionOf(tag)]}-{TypeOf(tag)}");

    /// <exception cref="FormatException">The name is not a BILOU tag of a known entity type.</exception>
    public static ushort Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name == "O")
        {
            return Outside;
        }

        var position = name.Length > 2 && name[1] == '-' ? "BILU".IndexOf(name[0], StringComparison.Ordinal) : -1;
        if (position < 0 || !Enum.TryParse<EntityType>(name.AsSpan(2), ignoreCase: false, out var type) || !Enum.IsDefined(type))
        {
            throw new FormatException($"'{name}' is not a BILOU entity tag.");
        }

        return Of(type, (BilouPosition)position);
    }
}
