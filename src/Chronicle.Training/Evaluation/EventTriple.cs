using static Chronicle.Training.Evaluation.PythonValues;

namespace Chronicle.Training.Evaluation;

/// <summary>One asserted predicted event reduced as score.py reduces it; prints as Python prints the tuple.</summary>
internal readonly record struct EventTriple(string? Source, string? Event, string? Target)
{
    public override string ToString() => TupleRepr(Source, Event, Target);
}
