using SignpostBot.Dialogs.Understanding;
using SignpostBot.Knowledge.Model;
using SignpostBot.Testing;

namespace SignpostBot.Dialogs.Tests.Understanding;

/// <summary>
/// The safety rules: danger and self-harm phrases of every language, read together, with negations that deny and pleas
/// that do not. The repository's own files first (every language has phrases that work), then the rules' mechanics on
/// small hand-made files.
/// </summary>
public sealed class SafetyRulesTests
{
    private static readonly Lazy<SafetyRules> Repository = new(() => new SafetyRules(TestContent.Dialogs.Understanding));

    [Theory]
    // English: violence, being held, a plea, a child sold, a medical emergency; misspelt and text-speak
    [InlineData("he locked me in the room and took my phone", SafetyKind.Danger)]
    [InlineData("my boss said he will hurt my family", SafetyKind.Danger)]
    [InlineData("please don't hurt me", SafetyKind.Danger)]
    [InlineData("don't kill me", SafetyKind.Danger)]
    [InlineData("pls dont hurt me", SafetyKind.Danger)]
    [InlineData("Please, do not hurt me!", SafetyKind.Danger)]
    [InlineData("he's hitting me", SafetyKind.Danger)]
    [InlineData("they kidnaped my sister", SafetyKind.Danger)]
    [InlineData("he keeps me locked and i cant leve", SafetyKind.Danger)]
    [InlineData("my friend took an overdose", SafetyKind.SelfHarm)] // danger too; self-harm's reply shows the emergency number first
    [InlineData("i want to kill myself", SafetyKind.SelfHarm)]
    [InlineData("im feeling sucidal", SafetyKind.SelfHarm)]
    [InlineData("i wanna die", SafetyKind.SelfHarm)]
    [InlineData("how many pills would it take", SafetyKind.SelfHarm)]
    [InlineData("nobody hurt me", SafetyKind.None)]
    [InlineData("he didn't hurt me", SafetyKind.None)]
    [InlineData("I'm not in danger", SafetyKind.None)]
    [InlineData("no one is hurting me", SafetyKind.None)]
    [InlineData("not suicidal, just tired", SafetyKind.None)]
    [InlineData("I don't want to die", SafetyKind.None)]
    [InlineData("I don't want to hurt myself", SafetyKind.None)]
    [InlineData("I could murder a coffee", SafetyKind.None)]
    [InlineData("I'm a skilled welder", SafetyKind.None)]
    [InlineData("I'm safe now", SafetyKind.None)]
    // Albanian
    [InlineData("jam ne rrezik", SafetyKind.Danger)]
    [InlineData("të lutem mos më vrit", SafetyKind.Danger)]
    [InlineData("dua të vdes", SafetyKind.SelfHarm)]
    [InlineData("nuk jam ne rrezik", SafetyKind.None)]
    // Arabic, Arabizi, hamza written or not, "and" joined on
    [InlineData("انا في خطر", SafetyKind.Danger)]
    [InlineData("sa3douni", SafetyKind.Danger)]
    [InlineData("وهددني", SafetyKind.Danger)]
    [InlineData("أريد أن أموت", SafetyKind.SelfHarm)]
    [InlineData("بدي انتحر", SafetyKind.SelfHarm)]
    [InlineData("مش في خطر", SafetyKind.None)]
    // Tigrinya
    [InlineData("ሓግዙኒ", SafetyKind.Danger)]
    [InlineData("ክመውት እደሊ", SafetyKind.SelfHarm)]
    // Vietnamese, with and without accents
    [InlineData("cứu tôi với", SafetyKind.Danger)]
    [InlineData("cuu toi", SafetyKind.Danger)]
    [InlineData("tôi muốn chết", SafetyKind.SelfHarm)]
    [InlineData("tôi không muốn chết", SafetyKind.None)]
    // Romanian
    [InlineData("mă bate în fiecare zi", SafetyKind.Danger)]
    [InlineData("te rog nu mă omorî", SafetyKind.Danger)]
    [InlineData("vreau să mor", SafetyKind.SelfHarm)]
    [InlineData("nimeni nu mă bate", SafetyKind.None)]
    // Polish
    [InlineData("pomocy", SafetyKind.Danger)]
    [InlineData("chcę umrzeć", SafetyKind.SelfHarm)]
    [InlineData("nie chcę umrzeć", SafetyKind.None)]
    // Persian and Finglish
    [InlineData("کمکم کنید", SafetyKind.Danger)]
    [InlineData("میخوام بمیرم", SafetyKind.SelfHarm)]
    [InlineData("mikham bemiram", SafetyKind.SelfHarm)]
    // Ukrainian
    [InlineData("допоможіть", SafetyKind.Danger)]
    [InlineData("хочу померти", SafetyKind.SelfHarm)]
    [InlineData("я не хочу померти", SafetyKind.None)]
    // Russian, and in Latin letters
    [InlineData("помогите", SafetyKind.Danger)]
    [InlineData("ne ubivay menya", SafetyKind.Danger)]
    [InlineData("хочу умереть", SafetyKind.SelfHarm)]
    [InlineData("я не хочу умереть", SafetyKind.None)]
    // Bulgarian
    [InlineData("помощ", SafetyKind.Danger)]
    [InlineData("искам да умра", SafetyKind.SelfHarm)]
    [InlineData("не искам да умра", SafetyKind.None)]
    // Spanish
    [InlineData("socorro", SafetyKind.Danger)]
    [InlineData("por favor no me pegues", SafetyKind.Danger)]
    [InlineData("quiero morir", SafetyKind.SelfHarm)]
    [InlineData("no estoy en peligro", SafetyKind.None)]
    // Portuguese
    [InlineData("estou trancada", SafetyKind.Danger)]
    [InlineData("quero morrer", SafetyKind.SelfHarm)]
    [InlineData("não estou em perigo", SafetyKind.None)]
    public void Find_RepositoryPhrases_SeeDangerAndSelfHarmInEveryLanguage(string text, SafetyKind expected)
        => Assert.Equal(expected, Repository.Value.Find(text).Kind);

    [Fact]
    public void EveryRepositoryPhrase_IsSeenAsWritten()
    {
        var rules = Repository.Value;

        Assert.All(rules.DangerPhrases, p => Assert.Equal(SafetyKind.Danger, rules.Find(TextNormalizerTokens(p), SafetyKind.Danger).Kind));
        Assert.All(rules.SelfHarmPhrases, p => Assert.Equal(SafetyKind.SelfHarm, rules.Find(p).Kind));
        Assert.Equal(13, rules.DangerSamples.Count);
        Assert.Equal("in danger", rules.DangerSamples[0]);
    }

    [Fact]
    public void EveryLanguage_HasDangerAndSelfHarmPhrasesAndNegations()
    {
        var languages = TestContent.Dialogs.Understanding;
        Assert.Equal(13, languages.Count);
        Assert.All(languages, l =>
        {
            Assert.NotEmpty(l.Danger);
            Assert.NotEmpty(l.SelfHarm);
            Assert.NotEmpty(l.Negations);
            Assert.NotEmpty(l.Pleas);
        });
    }

    [Theory]
    [InlineData("please don't hurt me", SafetyKind.Danger)]
    [InlineData("pls dont hurt me", SafetyKind.Danger)]
    [InlineData("don't hurt me", SafetyKind.Danger)]
    [InlineData("I beg you don't hurt me", SafetyKind.Danger)]
    [InlineData("he didn't hurt me", SafetyKind.None)]
    [InlineData("nobody hurt me", SafetyKind.None)]
    [InlineData("they don't hurt me", SafetyKind.None)] // "don't" in the middle of a sentence denies
    [InlineData("don't want to die", SafetyKind.None)] // a plea never turns a denial of self-harm into self-harm
    [InlineData("please don't want to die", SafetyKind.None)]
    [InlineData("he won't stop hurting me", SafetyKind.Danger)] // only the word right before a phrase denies it
    public void Find_APleaIsNotANegation(string text, SafetyKind expected)
        => Assert.Equal(expected, Small().Find(text).Kind);

    [Theory]
    [InlineData("they kidnapped him", true)] // a stem
    [InlineData("kidnapers", true)]
    [InlineData("kid", false)]
    [InlineData("im feelin suicdial", true)] // one slip in a long word
    [InlineData("suicidall", true)]
    [InlineData("hurting", false)] // short words match only as written
    [InlineData("hurtin me", false)]
    public void Find_MatchesStemsAndOneSlipInLongWords(string text, bool found)
        => Assert.Equal(found, Small().Find(text).Kind != SafetyKind.None);

    [Fact]
    public void Find_ANegationDeniesOnlyPhrasesOfItsOwnLanguage()
    {
        var rules = new SafetyRules([Language("en", danger: ["hitting me"], negations: ["not"]), Language("sq", danger: ["me rrah"], negations: ["s"])]);

        Assert.Equal(SafetyKind.Danger, rules.Find("he's hitting me").Kind); // Albanian "s'" is not English
        Assert.Equal(SafetyKind.None, rules.Find("s'me rrah").Kind);
        Assert.Equal(SafetyKind.None, rules.Find("he is not hitting me").Kind);
    }

    [Fact]
    public void Find_SamePhraseInTwoLanguages_IsDeniedByEitherLanguagesNegations()
    {
        var rules = new SafetyRules([Language("en", selfHarm: ["suicid*"], negations: ["not"]), Language("es", selfHarm: ["suicid*"], negations: ["no estoy"])]);

        Assert.Equal(SafetyKind.None, rules.Find("I'm not suicidal").Kind);
        Assert.Equal(SafetyKind.None, rules.Find("no estoy suicida").Kind);
        Assert.Equal("en, es", rules.Find("suicide").Language);
    }

    [Fact]
    public void Find_SelfHarmComesBeforeDanger_AndNamesThePhrase()
    {
        var match = Small().Find("I want to kill myself, they will kill me");

        Assert.Equal(new SafetyMatch(SafetyKind.SelfHarm, "kill myself", "en"), match);
        Assert.Equal(SafetyKind.Danger, Small().Find(TextNormalizerTokens("they will kill me")).Kind);
    }

    [Fact]
    public void Find_AJoinedWordInFront_StillMatches()
    {
        var rules = new SafetyRules([Language("ar", danger: ["هدد*", "في خطر"], joined: ["و"])]);

        Assert.Equal(SafetyKind.Danger, rules.Find("وهددني").Kind);
        Assert.Equal(SafetyKind.Danger, rules.Find("وفي خطر").Kind);
        Assert.Equal(SafetyKind.None, rules.Find("و").Kind);
    }

    [Fact]
    public void ProbeTexts_AreMessagesThatMatchTheirPhrase()
    {
        var rules = Small();

        Assert.Contains("kidnap", rules.DangerPhrases);
        Assert.All(rules.DangerPhrases, p => Assert.Equal(SafetyKind.Danger, rules.Find(p).Kind));
        Assert.All(rules.SelfHarmPhrases, p => Assert.Equal(SafetyKind.SelfHarm, rules.Find(p).Kind));
    }

    private static string[] TextNormalizerTokens(string text)
        => SignpostBot.Dialogs.Recognizers.TextNormalizer.Tokenize(SignpostBot.Dialogs.Recognizers.TextNormalizer.Normalize(text));

    private static SafetyRules Small() => new([Language(
        "en",
        danger: ["hurt me", "hurting me", "kidnap*", "will kill me"],
        selfHarm: ["want to die", "kill myself", "suicidal"],
        negations: ["not", "don't", "dont", "didn't", "nobody", "won't"],
        pleas: ["please", "pls", "i beg you"],
        imperatives: ["don't", "dont"])]);

    private static UnderstandingExamples Language(
        string language,
        string[]? danger = null,
        string[]? selfHarm = null,
        string[]? negations = null,
        string[]? pleas = null,
        string[]? imperatives = null,
        string[]? joined = null)
        => new()
        {
            Language = language,
            Location = new SourceLocation($"{language}.yaml", 1, 1),
            Intents = new Dictionary<string, IReadOnlyList<string>>(),
            Danger = danger ?? [],
            SelfHarm = selfHarm ?? [],
            Negations = negations ?? [],
            Pleas = pleas ?? [],
            Imperatives = imperatives ?? [],
            Joined = joined ?? [],
        };
}
