using SignpostBot.Dialogs.Content;
using SignpostBot.Dialogs.State;

namespace SignpostBot.Dialogs.Tests.State;

public sealed class DialogStateComparerTests
{
    private static readonly DialogState Waiting = DialogState.Empty with
    {
        Stack = [new DialogFrame("victim", "country", 1), new DialogFrame("main", "victim")],
        Slots = Slots.Empty with { Role = "victim", InDanger = false },
        Greeted = true,
    };

    public static TheoryData<string, DialogState> OneThingDifferent { get; } = new()
    {
        { "a frame's step", Waiting with { Stack = [new DialogFrame("victim", "hotlines", 1), new DialogFrame("main", "victim")] } },
        { "a frame's attempts", Waiting with { Stack = [new DialogFrame("victim", "country"), new DialogFrame("main", "victim")] } },
        { "a frame's country question", Waiting with { Stack = [new DialogFrame("victim", "country", 1, AskedOther: true), new DialogFrame("main", "victim")] } },
        { "one frame fewer", Waiting with { Stack = [new DialogFrame("victim", "country", 1)] } },
        { "an answer", Waiting with { Slots = Waiting.Slots with { Country = "RO" } } },
        { "the welcome flag", Waiting with { Greeted = false } },
        { "the version", Waiting with { Version = 1 } },
        { "the language", Waiting with { Language = "ro-RO" } },
        { "the risk flag", Waiting with { AtRisk = true } },
    };

    [Fact]
    public void Equals_SameFramesAnswersAndFlagsInOtherInstances_IsTrueWithTheSameHash()
    {
        var copy = Waiting with { Stack = [.. Waiting.Stack.Select(f => f with { })], Slots = Waiting.Slots with { } };

        Assert.NotEqual(Waiting, copy); // the record compares the stack's array by reference
        Assert.True(DialogStateComparer.Instance.Equals(Waiting, copy));
        Assert.Equal(DialogStateComparer.Instance.GetHashCode(Waiting), DialogStateComparer.Instance.GetHashCode(copy));
    }

    [Theory]
    [MemberData(nameof(OneThingDifferent))]
    public void Equals_OneThingDifferent_IsFalse(string difference, DialogState other)
    {
        Assert.False(DialogStateComparer.Instance.Equals(Waiting, other), difference);
    }

    [Fact]
    public void DialogState_HasOnlyThePropertiesTheComparerCompares()
    {
        // A new property must be compared too, or a store sharing equal states would mix up conversations.
        var properties = typeof(DialogState).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["AtRisk", "Greeted", "Language", "Slots", "Stack", "Version"], properties);
    }

    [Theory]
    [InlineData(typeof(DialogFrame))]
    [InlineData(typeof(Slots))]
    public void FramesAndSlots_HoldOnlyValuesTheirRecordEqualityCompares(Type type)
    {
        // Record equality compares a list or array property by reference, which would keep equal states apart.
        Type[] values = [typeof(string), typeof(int), typeof(bool), typeof(bool?)];

        Assert.All(type.GetProperties(), p => Assert.Contains(p.PropertyType, values));
    }
}
