using System.Collections.Frozen;

namespace Chronicle.Entities;

/// <summary>
/// The commonest Korean and Chinese family names in their usual romanisations (Revised Romanisation, McCune–Reischauer
/// and Wade–Giles spellings common in the press), which start names like "Seo Min-jun" or "Tsai Ing-wen".
/// </summary>
internal static class EastAsianNames
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _familyNames = new[]
    {
        // Korean
        "Kim", "Lee", "Yi", "Rhee", "Park", "Pak", "Bak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang", "Cho", "Jo",
        "Yoon", "Yun", "Jang", "Chang", "Lim", "Im", "Han", "Oh", "Seo", "Suh", "Shin", "Sin", "Kwon", "Hwang", "Ahn",
        "An", "Song", "Hong", "Moon", "Mun", "Son", "Sohn", "Yang", "Ko", "Koh", "Bae", "Baek", "Paik", "Yoo", "Yu",
        "Nam", "Ryu", "Jeon", "Chun", "Roh", "Noh", "Ha", "Koo", "Ku", "Min", "Woo", "Na", "Ji", "Gu", "Heo",
        "Huh", "Kwak", "Seong", "Sung", "Cha", "Ju", "Joo", "Um", "Eom", "Won", "Yeo", "Byun", "Chae", "Pyo",

        // Chinese (Mandarin, Wade–Giles and Cantonese spellings)
        "Chiang", "Chen", "Chan", "Lin", "Lam", "Wang", "Wong", "Li", "Zhang", "Cheung", "Liu", "Lau", "Huang", "Wu",
        "Ng", "Zhou", "Chou", "Chow", "Tsai", "Ma", "Hu", "Kuo", "Guo", "Hsu", "Xu", "Teng", "Deng", "Sun", "Ho", "He",
        "Yeh", "Ye", "Hsieh", "Xie", "Tang", "Tseng", "Zeng", "Lu", "Lo", "Luo", "Kao", "Gao", "Chu", "Zhu", "Tung",
        "Dong", "Leung", "Liang", "Tsang", "Tse", "Yip", "Fung", "Feng", "Lai", "Lei", "Soong", "Yuan", "Pan", "Fan",
        "Su", "Shen", "Shih", "Shi", "Peng", "Tsui", "Cui", "Hung",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a common Korean or Chinese family name, written with its capital (case-sensitive).</summary>
    public static bool IsFamilyName(ReadOnlySpan<char> word) => _familyNames.Contains(word);
}
