namespace Chronicle.Entities;

/// <summary>Entity types of the article record (spec/article-json.md).</summary>
public enum EntityType : byte
{
    PERSON,
    ORG,
    GPE,
    LOC,
    NORP,
    FAC,
    EVENT,
}
