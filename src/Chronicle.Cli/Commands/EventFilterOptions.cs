using System.CommandLine;
using Chronicle.Store.Queries;

namespace Chronicle.Cli.Commands;

/// <summary>The event and story filter options shared by <c>query events</c>, <c>query stories</c> and <c>export</c>.</summary>
internal sealed class EventFilterOptions
{
    private readonly Option<string?> _source = new("--source") { Description = "Actor code (RUSGOV) or 3-letter country (RUS) of the source." };
    private readonly Option<string?> _target = new("--target") { Description = "Actor code or 3-letter country of the target." };
    private readonly Option<string?> _type = new("--type") { Description = "PLOVER event type, e.g. CONSULT." };
    private readonly Option<string?> _modality = new("--modality") { Description = "asserted, planned, hypothetical or negated." };
    private readonly Option<string?> _from = new("--from") { Description = "First day, YYYY-MM-DD." };
    private readonly Option<string?> _to = new("--to") { Description = "Last day, YYYY-MM-DD." };
    private readonly Option<string?> _place = new("--place") { Description = "Part of the place name." };
    private readonly Option<string?> _text = new("--text") { Description = "Words in the evidence sentence." };

    public void AddTo(Command command)
    {
        foreach (var option in new[] { _source, _target, _type, _modality, _from, _to, _place, _text })
        {
            command.Options.Add(option);
        }
    }

    public EventFilter Read(ParseResult parseResult) => new()
    {
        Source = parseResult.GetValue(_source),
        Target = parseResult.GetValue(_target),
        EventType = parseResult.GetValue(_type),
        Modality = parseResult.GetValue(_modality),
        From = parseResult.GetValue(_from),
        To = parseResult.GetValue(_to),
        Place = parseResult.GetValue(_place),
        Text = parseResult.GetValue(_text),
    };
}
