using System.Collections.Frozen;

namespace Chronicle.Documents;

/// <summary>Converts between <see cref="DependencyLabel"/> and the UD strings of CoNLL-U files.</summary>
public static class DependencyLabels
{
    private static readonly (DependencyLabel Label, string Name)[] s_pairs =
    [
        (DependencyLabel.Acl, "acl"), (DependencyLabel.AclRelcl, "acl:relcl"), (DependencyLabel.Advcl, "advcl"),
        (DependencyLabel.AdvclRelcl, "advcl:relcl"), (DependencyLabel.Advmod, "advmod"), (DependencyLabel.Amod, "amod"),
        (DependencyLabel.Appos, "appos"), (DependencyLabel.Aux, "aux"), (DependencyLabel.AuxPass, "aux:pass"),
        (DependencyLabel.Case, "case"), (DependencyLabel.Cc, "cc"), (DependencyLabel.CcPreconj, "cc:preconj"),
        (DependencyLabel.Ccomp, "ccomp"), (DependencyLabel.Clf, "clf"), (DependencyLabel.Compound, "compound"),
        (DependencyLabel.CompoundPrt, "compound:prt"), (DependencyLabel.Conj, "conj"), (DependencyLabel.Cop, "cop"),
        (DependencyLabel.Csubj, "csubj"), (DependencyLabel.CsubjPass, "csubj:pass"), (DependencyLabel.Dep, "dep"),
        (DependencyLabel.Det, "det"), (DependencyLabel.DetPredet, "det:predet"), (DependencyLabel.Discourse, "discourse"),
        (DependencyLabel.Dislocated, "dislocated"), (DependencyLabel.Expl, "expl"), (DependencyLabel.Fixed, "fixed"),
        (DependencyLabel.Flat, "flat"), (DependencyLabel.Goeswith, "goeswith"), (DependencyLabel.Iobj, "iobj"),
        (DependencyLabel.List, "list"), (DependencyLabel.Mark, "mark"), (DependencyLabel.Nmod, "nmod"),
        (DependencyLabel.NmodPoss, "nmod:poss"), (DependencyLabel.NmodUnmarked, "nmod:unmarked"),
        (DependencyLabel.Nsubj, "nsubj"), (DependencyLabel.NsubjPass, "nsubj:pass"), (DependencyLabel.Nummod, "nummod"),
        (DependencyLabel.Obj, "obj"), (DependencyLabel.Obl, "obl"), (DependencyLabel.OblAgent, "obl:agent"),
        (DependencyLabel.OblUnmarked, "obl:unmarked"), (DependencyLabel.Orphan, "orphan"),
        (DependencyLabel.Parataxis, "parataxis"), (DependencyLabel.Punct, "punct"),
        (DependencyLabel.Reparandum, "reparandum"), (DependencyLabel.Root, "root"), (DependencyLabel.Vocative, "vocative"),
        (DependencyLabel.Xcomp, "xcomp"), (DependencyLabel.NmodDesc, "nmod:desc"), (DependencyLabel.Other, "_other"),
    ];

    private static readonly FrozenDictionary<string, DependencyLabel> s_byName =
        s_pairs.ToFrozenDictionary(p => p.Name, p => p.Label, StringComparer.Ordinal);

    private static readonly string[] s_names = BuildNames();

    /// <summary>Number of label values including <see cref="DependencyLabel.None"/>.</summary>
    public static int Count => s_names.Length;

    public static string ToUd(DependencyLabel label) => s_names[(int)label];

    /// <summary>Maps a UD label; unknown subtypes fall back to their base relation, unknown relations to <see cref="DependencyLabel.Other"/>.</summary>
    public static DependencyLabel Parse(string name)
    {
        if (s_byName.TryGetValue(name, out var label))
        {
            return label;
        }

        var colon = name.IndexOf(':');
        if (colon > 0 && s_byName.TryGetValue(name[..colon], out label))
        {
            return label;
        }

        return DependencyLabel.Other;
    }

    private static string[] BuildNames()
    {
        var max = s_pairs.Max(p => (int)p.Label);
        var names = new string[max + 1];
        names[0] = "_";
        foreach (var (label, name) in s_pairs)
        {
            names[(int)label] = name;
        }

        return names;
    }
}
