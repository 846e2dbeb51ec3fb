namespace SignpostBot.Dialogs.Tests.Recognizers;

/// <summary>
/// The English age and child words the recognizers are tested with, written from general knowledge of how people
/// (and children) state an age, never from the evaluation set. They are what dialogs/understanding/en.yaml's
/// <c>rules.ageWords</c> and <c>rules.childWords</c> should hold; until that file exists they live here.
/// </summary>
internal static class EnglishEntityWords
{
    internal static readonly string[] AgeWords =
    [
        "# years old", "# year old", "# yrs old", "# yr old", "# yrs", "# yo", "# y o", "# y/o", "# years of age",
        "im #", "i m #", "i am #", "am only #", "aged #", "age #", "age is #", "im only #", "i am only #", "just turned #",
        "she is #", "shes #", "she s #", "he is #", "hes #", "he s #", "they are #", "is only #",
    ];

    internal static readonly string[] ChildWords =
    [
        "i am a child", "im a child", "i m a child", "im a kid", "i am a kid", "i m a kid", "i am a minor", "im a minor", "minor",
        "underage", "under age", "under 18", "under eighteen", "not 18 yet", "a child", "a girl of", "a boy of",
        "year #", "yr #", "grade #", "at school", "my school", "my teacher", "my stepdad", "my step dad", "my stepmum", "my step mum",
        "my foster", "in care", "care home", "pupil", "schoolgirl", "schoolboy",
    ];
}
