namespace Chronicle.Training.Evaluation;

/// <summary>A gold or prediction file that cannot be read as article records; the message names the file and record.</summary>
public sealed class RecordFormatException(string message, Exception? inner = null) : Exception(message, inner);
