namespace Chronicle.Entities;

/// <summary>
/// The gazetteers shipped with the library, by the name a model records, so that loading a model attaches the one
/// it was trained with: <see cref="ActorGazetteer.DefaultName"/> (the actor knowledge base) and that name layered
/// with a <see cref="ListGazetteer"/> ("actor-kb-v1+name-lists-v1").
/// </summary>
public static class BuiltInGazetteers
{
    /// <summary>The actor knowledge base with the default name lists.</summary>
    public const string ActorsAndListsName = ActorGazetteer.DefaultName + "+" + ListGazetteer.Version;

    private static readonly Lazy<LayeredGazetteer> s_actorsAndLists = new(() => new LayeredGazetteer(ActorGazetteer.Default, ListGazetteer.Default));

    /// <summary>The actor knowledge base layered with the default name lists, built on first use.</summary>
    public static LayeredGazetteer ActorsAndLists => s_actorsAndLists.Value;

    /// <summary>The built-in gazetteer named <paramref name="name"/>, or null when there is none of that name.</summary>
    /// <exception cref="GazetteerDataException">The name is known but one of its lists is not embedded or is malformed.</exception>
    public static IGazetteer? Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name == ActorGazetteer.DefaultName)
        {
            return ActorGazetteer.Default;
        }

        if (name == ActorsAndListsName)
        {
            return ActorsAndLists;
        }

        var prefix = ActorGazetteer.DefaultName + "+";
        if (name.StartsWith(prefix, StringComparison.Ordinal) && ListGazetteer.FilesOf(name[prefix.Length..]) is { } files)
        {
            return new LayeredGazetteer(ActorGazetteer.Default, new ListGazetteer(NameLists.LoadEmbedded(files)));
        }

        return null;
    }
}
