using SignpostBot.Dialogs.Localization;

namespace SignpostBot.Dialogs.Tests.Localization;

public sealed class LanguageScriptTests
{
    [Theory]
    [InlineData("Nu mă lasă să plec", "Latin")]
    [InlineData("Tôi bị giữ hộ chiếu", "Latin")]
    [InlineData("Мне нужна помощь", "Cyrillic")]
    [InlineData("أحتاج مساعدة", "Arabic")]
    [InlineData("ሓገዝ የድልየኒ", "Ethiopic")]
    [InlineData("我需要帮助", "Han")]
    [InlineData("मुझे मदद चाहिए", "Devanagari")]
    public void Main_OfAMessage_IsTheScriptMostOfItsLettersAreIn(string text, string script)
        => Assert.Equal(script, LanguageScript.Main(text));

    [Theory]
    [InlineData("112 !!")]
    [InlineData("🙂👋")]
    public void Main_OfAMessageWithoutLetters_IsNull(string text) => Assert.Null(LanguageScript.Main(text));

    [Fact]
    public void CannotRead_AScriptNoOfferedLanguageUses_IsTrue_AndAnOfferedOnesIsFalse()
    {
        var english = new SupportedLanguage("en", "English", ["English"], false, "English now.", new("languages.yaml", 1));
        var russian = new SupportedLanguage("ru", "Russian", ["Русский"], false, "По-русски.", new("languages.yaml", 2));
        var chooser = new LanguageChooser([english, russian], ["en", "ru"]);

        Assert.True(chooser.CannotRead("我需要帮助"));
        Assert.True(chooser.CannotRead("أحتاج مساعدة"));
        Assert.False(chooser.CannotRead("Мне нужна помощь"));
        Assert.False(chooser.CannotRead("I need help"));
        Assert.False(chooser.CannotRead("🙂"));
    }
}
