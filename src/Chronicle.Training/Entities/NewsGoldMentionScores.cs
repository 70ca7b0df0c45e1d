using System.Globalization;

namespace Chronicle.Training.Entities;

/// <summary>Mention-level figures of the NER against an article-record gold file (whose entities are clusters of names).</summary>
/// <param name="Mentions">Predicted mentions of a named type.</param>
/// <param name="MentionsMatchingGold">Of those, how many read as a name or alias of a gold entity of a compatible type.</param>
/// <param name="GoldEntities">Gold entities not marked optional.</param>
/// <param name="GoldEntitiesFound">Of those, how many have at least one predicted mention reading as their name or an alias, with a compatible type.</param>
/// <param name="EntityPrecision">The scorer's entity precision with one predicted entity per distinct (name, type): a floor before coreference.</param>
/// <param name="EntityRecall">The scorer's entity recall, same predicted entities.</param>
public sealed record NewsGoldMentionScores(
    int Articles, int Mentions, int MentionsMatchingGold, int GoldEntities, int GoldEntitiesFound, double EntityPrecision, double EntityRecall)
{
    public double MentionPrecision => Mentions == 0 ? 0 : (double)MentionsMatchingGold / Mentions;

    public double GoldRecall => GoldEntities == 0 ? 0 : (double)GoldEntitiesFound / GoldEntities;

    public double EntityF1 => EntityPrecision + EntityRecall == 0 ? 0 : 2 * EntityPrecision * EntityRecall / (EntityPrecision + EntityRecall);

    public IReadOnlyDictionary<string, double> ToDictionary() => new SortedDictionary<string, double>(StringComparer.Ordinal)
    {
        ["articles"] = Articles,
        ["mention_precision"] = Math.Round(MentionPrecision, 4),
        ["gold_entity_recall"] = Math.Round(GoldRecall, 4),
        ["entity_precision_no_coref"] = Math.Round(EntityPrecision, 4),
        ["entity_recall_no_coref"] = Math.Round(EntityRecall, 4),
        ["entity_f1_no_coref"] = Math.Round(EntityF1, 4),
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Articles} articles: mention precision {MentionPrecision:0.0000} ({MentionsMatchingGold}/{Mentions}), gold entities found {GoldRecall:0.0000} ({GoldEntitiesFound}/{GoldEntities}), entity F1 without coreference {EntityF1:0.0000} (P {EntityPrecision:0.0000} R {EntityRecall:0.0000})");
}
