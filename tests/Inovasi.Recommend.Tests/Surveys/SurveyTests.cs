using FsCheck;
using FsCheck.Fluent;
using Inovasi.Recommend.Surveys;
using Inovasi.Search.Writeups;

namespace Inovasi.Recommend.Tests.Surveys;

public sealed class SurveyTests
{
    private static SurveyResult Uniform(decimal value) =>
        Survey.FromElementValues(Enum.GetValues<ServiceElement>().ToDictionary(e => e, _ => value));

    [Theory]
    [InlineData("2.5996", "64.99", SurveyGrade.D)]
    [InlineData("2.6", "65.00", SurveyGrade.C)]
    [InlineData("3.064", "76.60", SurveyGrade.C)]
    [InlineData("3.0644", "76.61", SurveyGrade.B)]
    [InlineData("3.532", "88.30", SurveyGrade.B)]
    [InlineData("3.5324", "88.31", SurveyGrade.A)]
    [InlineData("1", "25.00", SurveyGrade.D)]
    [InlineData("4", "100.00", SurveyGrade.A)]
    public void FromElementValues_GradeBoundaries(string value, string converted, SurveyGrade grade)
    {
        var result = Uniform(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(decimal.Parse(converted, System.Globalization.CultureInfo.InvariantCulture), result.ConvertedScore);
        Assert.Equal(grade, result.Grade);
    }

    [Fact]
    public void ParseCsv_HandComputedCase()
    {
        // Respondent 1: 4 3 2 4 3 3 4 2 3 (sum 28); respondent 2: 3 3 2 4 4 3 4 1 2 (sum 26).
        // Element values: 3.5 3 2 4 3.5 3 4 1.5 2.5; index = 54/18 = 3; converted 75.00; grade C.
        var csv = "persyaratan,prosedur,waktu,biaya,produk,kompetensi,perilaku,pengaduan,sarana\n4,3,2,4,3,3,4,2,3\n3,3,2,4,4,3,4,1,2\n";
        var result = Survey.ParseCsv(new StringReader(csv), "skm.csv");
        Assert.Equal(2, result.Respondents);
        Assert.Equal(3.5m, result.ValueOf(ServiceElement.Persyaratan));
        Assert.Equal(1.5m, result.ValueOf(ServiceElement.Pengaduan));
        Assert.Equal(3m, result.Index);
        Assert.Equal(75.00m, result.ConvertedScore);
        Assert.Equal(SurveyGrade.C, result.Grade);
        Assert.Equal([ServiceElement.Pengaduan, ServiceElement.Waktu, ServiceElement.Sarana], result.WeakestElements.Take(3));
        Assert.Equal(3.5324m - 1.5m, result.GapOf(ServiceElement.Pengaduan));
        Assert.Equal(0m, result.GapOf(ServiceElement.Biaya));
    }

    [Fact]
    public void ParseCsv_HeaderInAnyOrderWithIgnoredColumnsAndSemicolons()
    {
        var csv = "no;U9;U8;U7;U6;U5;U4;U3;U2;U1\n1;1;2;3;4;4;4;4;4;4\n";
        var result = Survey.ParseCsv(new StringReader(csv), "skm.csv");
        Assert.Equal(1m, result.ValueOf(ServiceElement.Sarana));
        Assert.Equal(2m, result.ValueOf(ServiceElement.Pengaduan));
        Assert.Equal(4m, result.ValueOf(ServiceElement.Persyaratan));
    }

    [Fact]
    public void ParseCsv_WithoutHeader_IsInFormatOrder()
    {
        var result = Survey.ParseCsv(new StringReader("1,2,3,4,1,2,3,4,1\n"), "skm.csv");
        Assert.Equal(1m, result.ValueOf(ServiceElement.Persyaratan));
        Assert.Equal(4m, result.ValueOf(ServiceElement.Biaya));
        Assert.Equal(1m, result.ValueOf(ServiceElement.Sarana));
    }

    [Theory]
    [InlineData("4,3,2,4,3,3,4,2,3\n4,3,5,4,3,3,4,2,3\n", 2, 3, "waktu")]
    [InlineData("4,3,2,4,3,3,4,2,3\n4,3,2,4,3,3,4,2\n", 2, 9, "sarana")]
    [InlineData("persyaratan,prosedur,waktu,biaya,produk,kompetensi,perilaku,pengaduan,sarana\n4,3,2,4,,3,4,2,3\n", 2, 5, "produk")]
    [InlineData("persyaratan,prosedur,waktu,biaya,produk,kompetensi,perilaku,pengaduan,sarana\n\n4,3,2,4,3,3,4,2,x\n", 3, 9, "sarana")]
    [InlineData("persyaratan,prosedur,waktu,biaya,produk,kompetensi,perilaku,pengaduan,waktu\n", 1, 9, "waktu")]
    [InlineData("4,3,2.5,4,3,3,4,2,3\n", 1, 3, "waktu")]
    public void ParseCsv_Malformed_NamesRowAndColumn(string csv, int row, int column, string field)
    {
        var error = Assert.Throws<SurveyFormatException>(() => Survey.ParseCsv(new StringReader(csv), "skm.csv"));
        Assert.Equal("skm.csv", error.Source);
        Assert.Equal(row, error.Row);
        Assert.Equal(column, error.Column);
        Assert.Equal(field, error.Field);
        Assert.StartsWith($"skm.csv:{row}: kolom {column} ({field}): ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseCsv_Empty_Throws()
    {
        var error = Assert.Throws<SurveyFormatException>(() => Survey.ParseCsv(new StringReader("\n\n"), "kosong.csv"));
        Assert.Contains("responden", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseElementValues_PartialAndErrors()
    {
        var result = Survey.ParseElementValues("waktu=2.1, prosedur=2.4");
        Assert.Equal(2.1m, result.ValueOf(ServiceElement.Waktu));
        Assert.Equal(2.4m, result.ValueOf(ServiceElement.Prosedur));
        Assert.False(result.IsComplete);
        Assert.Null(result.Grade);
        var unknown = Assert.Throws<SurveyFormatException>(() => Survey.ParseElementValues("waktu=2.1,antre=3"));
        Assert.Equal(2, unknown.Column);
        Assert.Equal("antre", unknown.Field);
        var range = Assert.Throws<SurveyFormatException>(() => Survey.ParseElementValues("waktu=4.5"));
        Assert.Equal("waktu", range.Field);
    }

    [Fact]
    public void ParseCsv_IndexEqualsGrandMean_Property()
    {
        // Every respondent scores every element, so the mean of the nine element means is the grand mean:
        // index = total / (9 n), an independent way to compute it.
        var scores = Gen.Choose(1, 4).ArrayOf(9);
        var rows = scores.NonEmptyListOf().Select(l => l.Take(40).ToArray());
        Prop.ForAll(rows.ToArbitrary(), respondents =>
        {
            var csv = string.Join('\n', respondents.Select(r => string.Join(',', r)));
            var result = Survey.ParseCsv(new StringReader(csv), "acak.csv");
            var total = respondents.Sum(r => r.Sum());
            var expectedIndex = (decimal)total / (9m * respondents.Length);
            var expectedScore = Math.Round(expectedIndex * 25m, 2, MidpointRounding.AwayFromZero);
            return result.Index == expectedIndex
                && result.ConvertedScore == expectedScore
                && result.Grade == Survey.GradeOf(expectedScore)
                && result.Respondents == respondents.Length;
        }).QuickCheckThrowOnFailure();
    }
}
