using System.Globalization;
using Chronicle.Entities;
using Chronicle.Training.Evaluation;

namespace Chronicle.Training.Entities;

/// <summary>Writes the figures of <c>chronicle eval ner</c> as plain text: one table per part, recogniser beside stage.</summary>
public static class EntityStageReport
{
    public const string Footing =
        "Named mentions of the GUM split (GumSplit), GUM's own tokens and sentences; entity-level exact match: same tokens and same class, "
        + "a partial overlap is a false positive and a false negative. Gold: GumNamedMentions (person -> PERSON, organization -> ORG, "
        + "place -> PLACE, event -> EVENT, one plural proper noun naming people -> NORP). PLACE = the record's GPE, LOC and FAC together: "
        + "GUM has one place type, so GPE and LOC (and FAC) have no gold of their own; their lines give how many the system predicted, "
        + "the precision against gold places and the share of gold places they found. Stage = the named mentions of the article record "
        + "after the entity stage (entity type of their cluster; groups -> NORP; demonyms -> NORP; descriptions and nationality adjectives "
        + "left out; only outermost names, as in the gold). The first table of each part is the official figure (the recogniser's own "
        + "gold convention, as train-ner scores it); the second reads the same gold as whole names, as news annotation and the article "
        + "record write them (GumNameConvention.WholeNames: GUM tags \"United\" in \"United States\" UPOS VERB, cuts \"University of X\" "
        + "into \"University\" and \"X\", and heads \"nominee Ada Rennick\" by the role noun, which makes it no named mention).";

    private static readonly MentionClass[] s_classes = Enum.GetValues<MentionClass>();

    public static void Write(TextWriter output, IEnumerable<EntityStagePart> parts)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(parts);
        output.WriteLine(Footing);
        foreach (var part in parts)
        {
            output.WriteLine();
            output.WriteLine(Invariant($"{part.Name}: {part.Documents} documents, {part.Tokens} tokens"));
            if (part.Note is not null)
            {
                output.WriteLine("  note: " + part.Note);
            }

            output.WriteLine(Invariant($"  {"class",-9} {"gold",5} | {"recogniser P",12} {"R",6} {"F1",6} {"pred",5} | {"stage P",7} {"R",6} {"F1",6} {"pred",5} | {"ΔF1",6}"));
            foreach (var mentionClass in s_classes)
            {
                WriteRow(output, Label(mentionClass), part.Recogniser.Counts(mentionClass), part.Stage.Counts(mentionClass));
                if (mentionClass == MentionClass.Place)
                {
                    var gold = part.Stage.Counts(MentionClass.Place).Gold;
                    foreach (var type in new[] { EntityType.GPE, EntityType.LOC, EntityType.FAC })
                    {
                        WritePlaceType(output, type, gold, part.Recogniser.PlaceType(type), part.Stage.PlaceType(type));
                    }
                }
            }

            WriteRow(output, "micro", part.Recogniser.Counts(), part.Stage.Counts());
            output.WriteLine(Invariant($"  stage names inside a longer stage name, not scored: {part.NestedSetAside}"));
            output.WriteLine("  same, gold read as whole names (NNP words are name words; an 'of' complement's name is part of an organisation or place; a name flat under a role noun is a person):");
            foreach (var mentionClass in s_classes)
            {
                WriteRow(output, Label(mentionClass), part.RecogniserWholeNames.Counts(mentionClass), part.StageWholeNames.Counts(mentionClass));
            }

            WriteRow(output, "micro", part.RecogniserWholeNames.Counts(), part.StageWholeNames.Counts());
        }
    }

    public static string Label(MentionClass mentionClass) => mentionClass switch
    {
        MentionClass.Person => "PERSON",
        MentionClass.Org => "ORG",
        MentionClass.Place => "PLACE",
        MentionClass.Norp => "NORP",
        MentionClass.Event => "EVENT",
        _ => mentionClass.ToString(),
    };

    private static void WriteRow(TextWriter output, string label, PrfCounts recogniser, PrfCounts stage) =>
        output.WriteLine(Invariant(
            $"  {label,-9} {stage.Gold,5} | {recogniser.Precision,12:0.000} {recogniser.Recall,6:0.000} {recogniser.F1,6:0.000} {recogniser.Predicted,5} | {stage.Precision,7:0.000} {stage.Recall,6:0.000} {stage.F1,6:0.000} {stage.Predicted,5} | {stage.F1 - recogniser.F1,6:+0.000;-0.000;0.000}"));

    private static void WritePlaceType(TextWriter output, EntityType type, int gold, (int Predicted, int Matched) recogniser, (int Predicted, int Matched) stage) =>
        output.WriteLine(Invariant(
            $"    {type + ":",-7} {"",5} | P {Ratio(recogniser.Matched, recogniser.Predicted),10:0.000} {"share",6} {Ratio(recogniser.Matched, gold),6:0.000} {recogniser.Predicted,5} | P {Ratio(stage.Matched, stage.Predicted),5:0.000} {"share",6} {Ratio(stage.Matched, gold),6:0.000} {stage.Predicted,5} |"));

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
