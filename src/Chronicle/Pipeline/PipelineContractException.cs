namespace Chronicle.Pipeline;

/// <summary>Thrown when components are assembled in an order that leaves a requirement unmet.</summary>
public sealed class PipelineContractException(string message) : Exception(message);
