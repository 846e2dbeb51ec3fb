using System.Globalization;
using System.Text.RegularExpressions;
using SignpostBot.Dialogs.Recognizers;
using SignpostBot.Testing;
using Xunit.Abstractions;

namespace SignpostBot.Dialogs.Tests.Recognizers;

/// <summary>
/// Measures the place and age recognizers on the held-out evaluation set (tests/understanding/*.yaml): it only reads
/// it, and nothing was tuned to its messages. Country accuracy is over messages with a <c>country</c> label; a country
/// found where none is labelled is a false alarm. Each test prints its figures and asserts the floor it meets today.
/// </summary>
public sealed partial class EvaluationSetMeasurement(ITestOutputHelper output)
{
    [Fact]
    public void Country_accuracy_is_measured()
    {
        var words = TestContent.Dialogs.Words;
        var recognizer = new PlaceRecognizer(KnownCountries(), words, new CountryRecognizer(KnownCountries(), words));
        int labelled = 0, right = 0, falseAlarms = 0, unlabelled = 0, englishLabelled = 0, englishRight = 0;
        var misses = new List<string>();
        foreach (var message in Messages())
        {
            var found = recognizer.Find(message.Text).Location?.Code;
            if (message.Country is { } country)
            {
                labelled++;
                var english = message.File.StartsWith("en", StringComparison.Ordinal);
                englishLabelled += english ? 1 : 0;
                if (found == country)
                {
                    right++;
                    englishRight += english ? 1 : 0;
                }
                else
                {
                    misses.Add($"{message.File}: expected {country}, found {found ?? "nothing"}: {message.Text}");
                }
            }
            else
            {
                unlabelled++;
                if (found is not null)
                {
                    falseAlarms++;
                    misses.Add($"{message.File}: none labelled, found {found}: {message.Text}");
                }
            }
        }

        var accuracy = (double)right / labelled;
        var englishAccuracy = (double)englishRight / englishLabelled;
        output.WriteLine($"country: {right}/{labelled} = {accuracy:F3} (English {englishRight}/{englishLabelled} = {englishAccuracy:F3}); false alarms {falseAlarms}/{unlabelled}");
        misses.ForEach(output.WriteLine);
        // Floors the recognizers meet today, so a change that makes them worse fails. The issue's target is 0.97 over
        // every language: it needs each language's names for England and the biggest UK towns ("Anglia", "Londra"),
        // which the data sources do not have; those are the translators' content.
        Assert.True(englishAccuracy >= 0.9 && accuracy >= 0.6 && falseAlarms <= 0.02 * unlabelled, string.Join('\n', misses));
    }

    [Fact]
    public void Age_and_under18_are_measured()
    {
        var words = TestContent.Dialogs.Understanding.Single(u => u.Language == "en");
        var recognizer = new AgeRecognizer(words.AgeWords, words.ChildWords);
        int ages = 0, agesRight = 0, children = 0, childrenFound = 0, adults = 0, adultsCalledChildren = 0;
        var english = 0;
        foreach (var message in Messages().Where(m => m.File.StartsWith("en", StringComparison.Ordinal) || m.File == "innocent.yaml"))
        {
            english++;
            var found = recognizer.Find(message.Text);
            if (message.Age is { } age)
            {
                ages++;
                agesRight += found?.Age == age ? 1 : 0;
            }

            if (message.Under18)
            {
                children++;
                childrenFound += found?.Under18 == true ? 1 : 0;
            }
            else
            {
                adults++;
                adultsCalledChildren += found?.Under18 == true ? 1 : 0;
            }
        }

        output.WriteLine($"English messages {english}: ages {agesRight}/{ages}; under 18 found {childrenFound}/{children}; under 18 wrongly {adultsCalledChildren}/{adults}");
        Assert.True(agesRight >= 0.8 * ages && childrenFound >= 0.6 * children && adultsCalledChildren <= 0.02 * adults);
    }

    private static CountryName[] KnownCountries() =>
        [.. TestContent.Knowledge.Countries.Select(c => new CountryName(c.Code, c.Name, c.Aliases))];

    private static IEnumerable<Labelled> Messages()
    {
        foreach (var path in Directory.GetFiles(RepositoryPaths.Understanding, "*.yaml").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(path))
            {
                var text = TextField().Match(line);
                if (!text.Success)
                {
                    continue;
                }

                var country = CountryField().Match(line);
                var age = AgeField().Match(line);
                yield return new Labelled(
                    Path.GetFileName(path),
                    Regex.Unescape(text.Groups[1].Value),
                    country.Success ? country.Groups[1].Value : null,
                    age.Success ? int.Parse(age.Groups[1].Value, CultureInfo.InvariantCulture) : null,
                    line.Contains("under18: true", StringComparison.Ordinal));
            }
        }
    }

    private sealed record Labelled(string File, string Text, string? Country, int? Age, bool Under18);

    [GeneratedRegex(@"\{\s*text:\s*""((?:[^""\\]|\\.)*)""")]
    private static partial Regex TextField();

    [GeneratedRegex("""[,{]\s*country:\s*"?([A-Z]{2})"?""")]
    private static partial Regex CountryField();

    [GeneratedRegex("""[,{]\s*age:\s*(\d+)""")]
    private static partial Regex AgeField();
}
