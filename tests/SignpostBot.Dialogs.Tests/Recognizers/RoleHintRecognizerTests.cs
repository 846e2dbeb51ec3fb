using SignpostBot.Dialogs.Recognizers;

namespace SignpostBot.Dialogs.Tests.Recognizers;

public sealed class RoleHintRecognizerTests
{
    private static readonly RoleHintRecognizer Recognizer = new(new Dictionary<RoleHint, IEnumerable<string>>
    {
        [RoleHint.Self] = ["me", "i", "my boss", "im"],
        [RoleHint.SomeoneElse] = ["my friend", "my cousin", "my neighbour", "my daughter"],
        [RoleHint.Professional] = ["i am a teacher", "im a teacher", "I'm a teacher", "social worker", "police officer"],
    });

    [Theory]
    [InlineData("I'm a teacher and a pupil told me something", RoleHint.Professional)]
    [InlineData("Social worker here, question about the NRM", RoleHint.Professional)]
    [InlineData("my friend's boss keeps her passport", RoleHint.SomeoneElse)]
    [InlineData("I'm worried about my neighbour", RoleHint.SomeoneElse)]
    [InlineData("my boss keeps my passport", RoleHint.Self)]
    public void Finds_the_strongest_role(string message, RoleHint role) => Assert.Equal(role, Recognizer.Find(message)?.Role);

    [Fact]
    public void Finds_nothing_without_a_phrase() => Assert.Null(Recognizer.Find("hello there"));

    [Fact]
    public void Matches_whole_words_only() => Assert.Null(Recognizer.Find("my friendship"));
}
