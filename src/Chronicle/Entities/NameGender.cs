namespace Chronicle.Entities;

/// <summary>The gender a person's name or title shows, when it shows one.</summary>
internal enum NameGender : byte
{
    Unknown,
    Male,
    Female,
}
