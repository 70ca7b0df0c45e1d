namespace Chronicle.Documents;

/// <summary>
/// Universal Dependencies relations, with the subtypes English treebanks use.
/// <see cref="None"/> means "not parsed yet"; names map to UD labels through <see cref="DependencyLabels"/>.
/// </summary>
public enum DependencyLabel : byte
{
    None = 0,
    Acl, AclRelcl, Advcl, AdvclRelcl, Advmod, Amod, Appos, Aux, AuxPass, Case, Cc, CcPreconj, Ccomp, Clf, Compound,
    CompoundPrt, Conj, Cop, Csubj, CsubjPass, Dep, Det, DetPredet, Discourse, Dislocated, Expl, Fixed, Flat,
    Goeswith, Iobj, List, Mark, Nmod, NmodPoss, NmodUnmarked, Nsubj, NsubjPass, Nummod, Obj, Obl, OblAgent,
    OblUnmarked, Orphan, Parataxis, Punct, Reparandum, Root, Vocative, Xcomp, NmodDesc, Other,
}
