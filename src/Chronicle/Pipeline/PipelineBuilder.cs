namespace Chronicle.Pipeline;

/// <summary>Assembles components in order and checks each one's requirements are assigned by an earlier one.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipe> _pipes = [];

    public PipelineBuilder Add(IPipe pipe)
    {
        ArgumentNullException.ThrowIfNull(pipe);
        _pipes.Add(pipe);
        return this;
    }

    /// <exception cref="PipelineContractException">A component requires a layer no earlier component assigns.</exception>
    public NlpPipeline Build()
    {
        var assigned = Annotation.None;
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var pipe in _pipes)
        {
            if (!names.Add(pipe.Name))
            {
                throw new PipelineContractException($"Two components are named '{pipe.Name}'.");
            }

            var missing = pipe.Contract.Requires & ~assigned;
            if (missing != Annotation.None)
            {
                throw new PipelineContractException(
                    $"Component '{pipe.Name}' requires {missing}, which no earlier component assigns.");
            }

            assigned |= pipe.Contract.Assigns;
        }

        return new NlpPipeline([.. _pipes]);
    }
}
