namespace Chronicle.Entities;

/// <summary>Union-find over an article's mentions, for the clusterer's sieves: the earlier mention stays the root.</summary>
internal sealed class MentionUnion
{
    private readonly int[] _parent;

    public MentionUnion(int count)
    {
        _parent = new int[count];
        for (var i = 0; i < _parent.Length; i++)
        {
            _parent[i] = i;
        }
    }

    public int Find(int x)
    {
        while (_parent[x] != x)
        {
            _parent[x] = _parent[_parent[x]];
            x = _parent[x];
        }

        return x;
    }

    public void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra != rb)
        {
            // The earlier mention stays the root so clusters keep article order.
            if (ra < rb)
            {
                _parent[rb] = ra;
            }
            else
            {
                _parent[ra] = rb;
            }
        }
    }
}
