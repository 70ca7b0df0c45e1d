namespace Chronicle.Ingestion;

/// <summary>What an input holds, by its extension or by sniffing its content.</summary>
public enum InputFormat
{
    Text,
    Html,
    Jsonl,
}
