using System.Text.Json.Serialization;

namespace Chronicle.Store;

/// <summary>Source-generated JSON for the small values the store keeps as JSON text (entity aliases).</summary>
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
