using Chronicle.Events;

namespace Chronicle.Tests.Events;

public sealed class EventLexiconTests
{
    private const string Header = "phrase\tpos\ttype\tmode\tcontext\tcameo\tsource\ttarget\tsymmetric\toverride\tnote\n";

    [Fact]
    public void Every_PLOVER_type_has_entries()
    {
        // Given
        var lexicon = EventLexicon.Default;

        // When
        var counts = lexicon.Entries.GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Count());

        // Then
        foreach (var type in Enum.GetValues<PloverType>())
        {
            Assert.True(counts.GetValueOrDefault(type) >= 10, $"{type} has {counts.GetValueOrDefault(type)} entries");
        }
    }

    [Fact]
    public void Every_CAMEO_code_exists_and_its_PLOVER_mapping_agrees_or_the_override_says_why()
    {
        foreach (var entry in EventLexicon.Default.Entries)
        {
            Assert.True(CameoTable.Default.TryGet(entry.Cameo.Value, out var cameo), $"line {entry.Line}: CAMEO {entry.Cameo} missing");
            Assert.Equal(cameo.Goldstein, entry.Goldstein);
            if (cameo.PloverType != entry.Type)
            {
                Assert.False(string.IsNullOrWhiteSpace(entry.Override), $"line {entry.Line}: {entry.Phrase} is {entry.Type} but CAMEO {entry.Cameo} maps to {cameo.PloverType}");
            }
            else
            {
                Assert.Null(entry.Override);
            }
        }
    }

    [Fact]
    public void Modes_and_contexts_are_those_of_the_PLOVER_manual()
    {
        foreach (var entry in EventLexicon.Default.Entries)
        {
            if (entry.Mode is not null)
            {
                Assert.Contains(entry.Mode, PloverVocabulary.ModesOf(entry.Type));
            }

            foreach (var context in (entry.Context ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.Contains(context, PloverVocabulary.Contexts);
            }
        }
    }

    [Theory]
    [InlineData("meet", "hold ~ talks", "visit", "host", "call", "praise", "welcome", "endorse", "back", "agree", "pledge", "offer", "propose", "sign")]
    [InlineData("accuse", "denounce", "condemn", "criticise", "criticize", "charge", "sue", "indict", "investigate", "issue ~ warrant", "demand", "urge", "call on", "press")]
    [InlineData("reject", "deny", "refuse", "dismiss", "veto", "threaten", "warn", "protest", "rally", "strike", "sanction", "expel", "suspend", "cut ~ ties")]
    [InlineData("mobilise", "mobilize", "deploy", "arrest", "detain", "seize", "ban", "deport", "attack", "bomb", "shell", "kill", "invade", "aid")]
    [InlineData("send", "supply", "arm", "cooperate", "trade", "withdraw", "release", "resign", "cease fire", "concede", "pardon", "apologise", "apologize", "ceasefire")]
    public void The_verbs_and_nouns_issue_7_names_are_in_the_lexicon(params string[] phrases)
    {
        var known = EventLexicon.Default.Entries.Select(e => e.Phrase).ToHashSet();

        Assert.All(phrases, p => Assert.Contains(p, known));
    }

    [Fact]
    public void Symmetric_entries_are_meetings_talks_fights_and_mutual_acts()
    {
        var symmetric = EventLexicon.Default.Entries.Where(e => e.Symmetric).Select(e => e.Phrase).ToHashSet();

        Assert.Contains("meet", symmetric);
        Assert.Contains("talks", symmetric);
        Assert.Contains("clash", symmetric);
        Assert.DoesNotContain("visit", symmetric);
        Assert.DoesNotContain("attack", symmetric);
    }

    [Fact]
    public void Hosting_codes_the_visitor_as_source_and_the_host_as_target()
    {
        var host = EventLexicon.Default.Entries.Single(e => e.Phrase == "host");

        Assert.Equal([new ArgumentHint(ArgumentRole.Object)], host.Source);
        Assert.Equal([new ArgumentHint(ArgumentRole.Subject)], host.Target);
        Assert.Equal("043", host.Cameo.Value);
    }

    [Fact]
    public void Nouns_default_to_possessor_or_by_phrase_sources()
    {
        var visit = EventLexicon.Default.Entries.Single(e => e.Phrase == "visit" && e.Kind == TriggerKind.Noun);

        Assert.Equal([new ArgumentHint(ArgumentRole.Possessor), new ArgumentHint(ArgumentRole.Oblique, "by")], visit.Source);
        Assert.Equal([new ArgumentHint(ArgumentRole.Oblique, "to")], visit.Target);
    }

    [Theory]
    [InlineData("meet\tverb\tCONSULTING\t\t\t040\t\tobj\tyes\t\t\n", "PLOVER type")]
    [InlineData("meet\tverb\tCONSULT\tvisiting\t\t040\t\tobj\tyes\t\t\n", "mode")]
    [InlineData("meet\tverb\tCONSULT\t\tdiplomacy\t040\t\tobj\tyes\t\t\n", "context")]
    [InlineData("meet\tverb\tCONSULT\t\t\t049\t\tobj\tyes\t\t\n", "CAMEO code '049'")]
    [InlineData("meet\tverb\tACCUSE\t\t\t040\t\tobj\tyes\t\t\n", "override")]
    [InlineData("meet\tadverb\tCONSULT\t\t\t040\t\tobj\tyes\t\t\n", "pos")]
    [InlineData("meet ~\tverb\tCONSULT\t\t\t040\t\tobj\tyes\t\t\n", "~")]
    [InlineData("Meet\tverb\tCONSULT\t\t\t040\t\tobj\tyes\t\t\n", "lower-case")]
    [InlineData("meet\tverb\tCONSULT\t\t\t040\t\tobj\tmaybe\t\t\n", "symmetric")]
    [InlineData("meet\tverb\tCONSULT\t\t\t040\t\tObj!\tyes\t\t\n", "argument hint")]
    [InlineData("meet\tverb\tCONSULT\t\t\t040\t\tobj\tyes\t\t\textra\n", "fields")]
    [InlineData("talks\tnoun\tCONSULT\t\t\t040\t\twith\tyes\t\t\n", "already defined on line 3")]
    public void A_malformed_row_names_the_file_and_the_line(string row, string problem)
    {
        // Given: a good row on line 3, the bad one on line 4
        var text = "# test lexicon\n" + Header + "talks\tnoun\tCONSULT\t\t\t040\t\twith\tyes\t\t\n" + row;

        // When
        var error = Assert.Throws<LexiconFormatException>(() => EventLexicon.Load(new StringReader(text), "test-lexicon.tsv", CameoTable.Default));

        // Then
        Assert.Equal("test-lexicon.tsv", error.FileName);
        Assert.Equal(4, error.LineNumber);
        Assert.StartsWith("test-lexicon.tsv:4: ", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void A_wrong_header_is_reported_on_its_line()
    {
        var error = Assert.Throws<LexiconFormatException>(() => EventLexicon.Load(new StringReader("\nphrase\tpos\n"), "x.tsv", CameoTable.Default));

        Assert.Equal(2, error.LineNumber);
        Assert.Contains("header", error.Message);
    }
}
