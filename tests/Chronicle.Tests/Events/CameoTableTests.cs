using System.Globalization;
using Chronicle.Events;
using Chronicle.Tests.Support;

namespace Chronicle.Tests.Events;

public sealed class CameoTableTests
{
    [Fact]
    public void Codes_keep_their_leading_zeros_and_know_root_quad_class_and_goldstein()
    {
        // Given / When
        var code = CameoCode.Parse("043");

        // Then
        Assert.Equal("043", code.Value);
        Assert.Equal("043", code.ToString());
        Assert.Equal("04", code.Root);
        Assert.Equal(4, code.RootNumber);
        Assert.Equal(QuadClass.VerbalCooperation, code.QuadClass);
        Assert.Equal(2.8, code.Goldstein);
        Assert.Equal("Host a visit", code.Name);
        Assert.Equal("04", code.Parent.Value);
    }

    [Theory]
    [InlineData("43")]
    [InlineData("0431")]
    [InlineData("21")]
    [InlineData("00")]
    [InlineData("0a3")]
    [InlineData("")]
    [InlineData("04312")]
    public void Malformed_or_unknown_codes_are_rejected(string text)
    {
        Assert.False(CameoCode.TryParse(text, out _));
        Assert.Throws<FormatException>(() => CameoCode.Parse(text));
    }

    [Theory]
    [InlineData("01", QuadClass.VerbalCooperation)]
    [InlineData("057", QuadClass.VerbalCooperation)]
    [InlineData("06", QuadClass.MaterialCooperation)]
    [InlineData("0874", QuadClass.MaterialCooperation)]
    [InlineData("090", QuadClass.VerbalConflict)]
    [InlineData("1385", QuadClass.VerbalConflict)]
    [InlineData("141", QuadClass.MaterialConflict)]
    [InlineData("2042", QuadClass.MaterialConflict)]
    public void Quad_class_follows_the_root_code_as_GDELT_computes_it(string text, QuadClass expected)
    {
        Assert.Equal(expected, CameoCode.Parse(text).QuadClass);
    }

    [Fact]
    public void The_PLOVER_mapping_is_CAMEO2PLOVER_with_appeals_and_statements_dropped()
    {
        // Given
        var table = CameoTable.Default;

        // Then
        Assert.Equal(PloverType.CONSULT, table[CameoCode.Parse("043")].PloverType);
        Assert.Equal("visit", table[CameoCode.Parse("043")].PloverMode);
        Assert.Equal(PloverType.COERCE, table[CameoCode.Parse("163")].PloverType);
        Assert.Equal(PloverType.RETREAT, table[CameoCode.Parse("0871")].PloverType);
        Assert.Equal(PloverType.ACCUSE, table[CameoCode.Parse("091")].PloverType);
        Assert.Equal("crime;corruption", table[CameoCode.Parse("091")].PloverContext);
        Assert.Null(table[CameoCode.Parse("020")].PloverType);
        Assert.Equal(PloverMappingSource.Dropped, table[CameoCode.Parse("016")].MappingSource);
        Assert.All(table.Entries.Where(e => e.MappingSource != PloverMappingSource.Dropped), e => Assert.NotNull(e.PloverType));
    }

    [Fact]
    public void Every_code_of_the_CAMEO_code_book_is_in_the_table_with_its_name()
    {
        // Given
        var path = SharedData.SharedPath("spec", "cameo", "CAMEO.eventcodes.txt");
        var expected = File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();

        // When
        var table = CameoTable.Default;

        // Then
        Assert.Equal(expected.Count, table.Count);
        foreach (var fields in expected)
        {
            Assert.True(table.TryGet(fields[0], out var entry), $"CAMEO {fields[0]} is missing");
            Assert.Equal(fields[1].Trim(), entry.Name);
        }
    }

    [Fact]
    public void Goldstein_values_match_the_GDELT_Goldstein_scale_file()
    {
        // Given
        var path = SharedData.SharedPath("spec", "cameo", "CAMEO.goldsteinscale.txt");
        var rows = File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();

        // When / Then
        Assert.NotEmpty(rows);
        foreach (var fields in rows)
        {
            var expected = double.Parse(fields[1], CultureInfo.InvariantCulture);
            Assert.True(CameoTable.Default.TryGet(fields[0], out var entry), $"CAMEO {fields[0]} is missing");
            Assert.Equal(expected, entry.Goldstein);
        }
    }

    [Fact]
    public void A_malformed_row_names_the_file_and_the_line()
    {
        // Given
        const string text = "# comment\ncode\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context\tplover_source\n"
            + "04\tCONSULT\t1.0\t1\tCONSULT\t\t\troot\n"
            + "043\tHost a visit\tlots\t1\tCONSULT\tvisit\t\ttable\n";

        // When
        var error = Assert.Throws<LexiconFormatException>(() => CameoTable.Load(new StringReader(text), "my-cameo.tsv"));

        // Then
        Assert.Equal("my-cameo.tsv", error.FileName);
        Assert.Equal(4, error.LineNumber);
        Assert.StartsWith("my-cameo.tsv:4: ", error.Message);
        Assert.Contains("Goldstein", error.Message);
    }

    [Fact]
    public void A_quad_class_that_disagrees_with_the_root_is_a_load_error()
    {
        const string text = "code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tplover_context\tplover_source\n"
            + "190\tFight\t-10.0\t3\tASSAULT\t\tmilitary\ttable\n";

        var error = Assert.Throws<LexiconFormatException>(() => CameoTable.Load(new StringReader(text), "cameo.tsv"));

        Assert.Equal(2, error.LineNumber);
    }
}
