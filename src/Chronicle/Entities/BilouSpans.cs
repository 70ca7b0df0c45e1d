using Chronicle.Documents;

namespace Chronicle.Entities;

/// <summary>Turns BILOU tags back into mentions.</summary>
public static class BilouSpans
{
    /// <summary>
    /// Adds the mentions of <paramref name="tags"/> (tags of the tokens from <paramref name="offset"/> on).
    /// Ill-formed runs, which constrained decoding never produces, are read leniently: a B or I run that is not
    /// closed still ends at the last token of its type.
    /// </summary>
    public static void Collect(Document document, int offset, ReadOnlySpan<ushort> tags, ICollection<EntityMention> mentions)
    {
        var i = 0;
        while (i < tags.Length)
        {
            var tag = tags[i];
            if (EntityTags.IsOutside(tag))
            {
                i++;
                continue;
            }

            var type = EntityTags.TypeOf(tag);
            var end = i + 1;
            if (EntityTags.PositionOf(tag) is BilouPosition.Begin or BilouPosition.Inside)
            {
                while (end < tags.Length && !EntityTags.IsOutside(tags[end]) && EntityTags.TypeOf(tags[end]) == type
                    && EntityTags.PositionOf(tags[end]) is BilouPosition.Inside or BilouPosition.Last)
                {
                    end++;
                    if (EntityTags.PositionOf(tags[end - 1]) == BilouPosition.Last)
                    {
                        break;
                    }
                }
            }

            var range = new TokenRange(offset + i, offset + end);
            mentions.Add(new EntityMention(range, document.CharRange(range), type));
            i = end;
        }
    }

    /// <summary>Writes the BILOU tags of one mention of <paramref name="type"/> covering all of <paramref name="tags"/>.</summary>
    public static void Encode(EntityType type, Span<ushort> tags)
    {
        if (tags.Length == 1)
        {
            tags[0] = EntityTags.Of(type, BilouPosition.Unit);
            return;
        }

        tags[0] = EntityTags.Of(type, BilouPosition.Begin);
        for (var i = 1; i < tags.Length - 1; i++)
        {
            tags[i] = EntityTags.Of(type, BilouPosition.Inside);
        }

        tags[^1] = EntityTags.Of(type, BilouPosition.Last);
    }
}
