using SignpostBot.Dialogs.Understanding;
using SignpostBot.Testing;

namespace SignpostBot.Dialogs.Tests.Understanding;

/// <summary>
/// The intent, role, country and age parts of <see cref="MessageInterpreter"/> over the repository's content: places
/// by name, town and language (an origin is never where the person is), ages and child words, and the role from the
/// best intent sharpened by the role words. A stub classifier gives a fixed intent, so only the interpreter is tested.
/// </summary>
public sealed class MessageInterpreterEntityTests
{
    private static MessageInterpreter Reading(string intent) => new(TestContent.Dialogs, new FixedIntent(intent));

    [Theory]
    [InlineData("I'm in Birmingham and my boss keeps my passport", "GB")]
    [InlineData("Poland", "PL")]
    [InlineData("im in leeds now", "GB")]
    [InlineData("sunt in anglia", "GB")]
    [InlineData("я в лондоне", "GB")]
    [InlineData("toi o anh", "GB")]
    [InlineData("من تو آلمانم", "DE")]
    [InlineData("We are in Kent", "GB")]
    [InlineData("my cousin is a nanny for a family in London", "GB")]
    public void Country_IsWhereThePersonIs(string text, string country)
        => Assert.Equal(country, Reading("disclosure.forced_work").Interpret(text).Country);

    [Theory]
    [InlineData("I am from Vietnam and they keep my passport", "VN")]
    [InlineData("im romanian", "RO")]
    [InlineData("born in Albania", "AL")]
    [InlineData("they say they will hurt my family in Albania", "AL")]
    [InlineData("mi familia en Colombia tiene miedo", "CO")]
    [InlineData("they will send me back to Romania", "RO")]
    [InlineData("ካብ ኤርትራ መጺአ", "ER")]
    public void Origin_IsNeverWhereThePersonIs(string text, string origin)
    {
        var read = Reading("disclosure.documents_taken").Interpret(text);

        Assert.Null(read.Country);
        Assert.Equal(origin, read.Origin);
    }

    [Fact]
    public void Police_IsNotAPlace() => Assert.Null(Reading("question.privacy").Interpret("will you tell the police").Country);

    [Theory]
    [InlineData("im 13 my step dad sells me to his friends for money", 13)]
    [InlineData("I am fifteen and they make me work", 15)]
    [InlineData("mam 14 lat", 14)]
    public void Age_FromDigitsAndWords(string text, int age)
    {
        var read = Reading("disclosure.sexual_exploitation").Interpret(text);

        Assert.Equal(age, read.Age);
        Assert.True(read.Under18);
    }

    [Theory]
    [InlineData("im in year 9 and they make me sell stuff")]
    [InlineData("I am a child")]
    public void Under18_FromChildWords(string text)
    {
        var read = Reading("disclosure.criminal_exploitation").Interpret(text);

        Assert.Null(read.Age);
        Assert.True(read.Under18);
    }

    [Theory]
    [InlineData("I'm 30 and my boss keeps my pay")]
    [InlineData("im 20 minutes from the station")]
    public void Adult_IsNotUnder18(string text) => Assert.False(Reading("disclosure.forced_work").Interpret(text).Under18);

    [Theory]
    [InlineData("disclosure.forced_work", "I think my cousin is being made to work on a farm for no money", "public")]
    [InlineData("disclosure.forced_work", "they make me work for nothing", "victim")]
    [InlineData("disclosure.sexual_exploitation", "my boyfriend makes me sleep with other men", "victim")]
    [InlineData("disclosure.criminal_exploitation", "one of my pupils is carrying drugs for older boys", "professional")]
    [InlineData("role.public", "I'm a social worker", "professional")]
    [InlineData("self_harm", "my friend says she wants to die", "public")]
    [InlineData("self_harm", "I want to end it all", "unknown")]
    [InlineData("question.number", "whats the number for the slavery helpline", "unknown")]
    [InlineData("question.privacy", "will my boss find out", "victim")]
    [InlineData("other", "my friend is coming for dinner", "unknown")]
    [InlineData("country.only", "Poland", "unknown")]
    [InlineData("professional.nrm_who_refers", "who can make an NRM referral?", "professional")]
    public void Role_IsTheBestIntentsRoleSharpenedByRoleWords(string intent, string text, string role)
        => Assert.Equal(role, Reading(intent).Interpret(text).Role);

    [Fact]
    public void Rules_NameTheEntitiesThatDecided()
    {
        var rules = Reading("disclosure.documents_taken").Interpret("im 16, I'm in Birmingham and my boss keeps my passport").Rules;

        Assert.Contains(rules, r => r.StartsWith("country: GB", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.StartsWith("age: 16", StringComparison.Ordinal));
        Assert.Contains(rules, r => r.StartsWith("role words: my boss", StringComparison.Ordinal));
    }

    /// <summary>A classifier that is sure of one intent, whatever the text.</summary>
    private sealed class FixedIntent(string intent) : IIntentClassifier
    {
        public IReadOnlyList<IntentScore> Classify(string text) => string.IsNullOrWhiteSpace(text) ? [] : [new IntentScore(intent, 0.9f), new IntentScore("other", 0.1f)];
    }
}
