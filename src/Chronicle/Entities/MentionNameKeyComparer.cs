namespace Chronicle.Entities;

/// <summary>Compares the exact-name sieve's keys: type class, actor reading and name, the name without case.</summary>
internal sealed class MentionNameKeyComparer : IEqualityComparer<(int TypeClass, bool IsActor, string Name)>
{
    public static readonly MentionNameKeyComparer Instance = new();

    public bool Equals((int TypeClass, bool IsActor, string Name) x, (int TypeClass, bool IsActor, string Name) y) =>
        x.TypeClass == y.TypeClass && x.IsActor == y.IsActor && string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);

    public int GetHashCode((int TypeClass, bool IsActor, string Name) key) =>
        HashCode.Combine(key.TypeClass, key.IsActor, StringComparer.OrdinalIgnoreCase.GetHashCode(key.Name));
}
