using System.Collections.Frozen;

namespace Chronicle.Entities;

/// <summary>
/// Names of widely used software, devices and online services that the news writes as bare names ("users moved to
/// Firefox", "the latest iPhone"): products, none of the article format's entity types, that a recogniser often
/// takes for a person or organisation. A maker's name in front ("Mozilla Firefox", "Apple iPhone") is part of the
/// product's name. Names that are common words or other entities too ("Edge", "Opera", "Office", "Galaxy",
/// "Surface") are left out. Written by us from public facts (the long-lived market leaders of each kind).
/// </summary>
internal static class ProductWords
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _products = new[]
    {
        // Browsers and operating systems.
        "Firefox", "Chrome", "Chromium", "Internet Explorer", "Netscape Navigator", "Windows XP", "Windows Vista",
        "Windows 7", "Windows 8", "Windows 10", "Windows 11", "macOS", "Mac OS X", "iOS", "Android", "Linux", "Ubuntu",
        "Debian", "Fedora Linux", "ChromeOS", "Chrome OS",
        // Devices.
        "iPhone", "iPad", "iPod", "MacBook", "iMac", "Apple Watch", "AirPods", "Kindle", "PlayStation", "PlayStation 4",
        "PlayStation 5", "Xbox", "Xbox One", "Xbox 360", "Nintendo Switch", "Wii", "Game Boy", "BlackBerry", "ThinkPad",
        // Applications and services used as tools.
        "Photoshop", "PowerPoint", "Microsoft Word", "Microsoft Excel", "Excel", "Skype", "WhatsApp",
        "iTunes", "Gmail", "Google Maps", "Google Earth", "ChatGPT", "Dropbox",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a product's name, alone or after one capitalised maker's word ("Mozilla Firefox").</summary>
    public static bool IsProduct(ReadOnlySpan<char> text)
    {
        if (_products.Contains(text))
        {
            return true;
        }

        var space = text.IndexOf(' ');
        return space > 0 && char.IsUpper(text[0]) && _products.Contains(text[(space + 1)..]);
    }
}
