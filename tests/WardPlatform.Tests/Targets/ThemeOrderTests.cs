using WardPlatform.Targets.Board;

namespace WardPlatform.Tests.Targets;

public sealed class ThemeOrderTests
{
    [Fact]
    public void Themes_are_ordered_as_the_plan_numbers_them()
    {
        string?[] themes = [null, "X", "IX", "2", "V", "10", "I", "1.10", "Khác", "1.2", "IV", "1", "II."];

        var ordered = themes.Order(ThemeOrder.Comparer).ToList();

        Assert.Equal(["1", "I", "1.2", "1.10", "2", "II.", "IV", "V", "IX", "10", "X", "Khác", null], ordered);
    }
}
