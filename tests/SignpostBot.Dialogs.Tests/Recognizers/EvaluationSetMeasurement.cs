using System.Globalization;
using System.Text.RegularExpressions;
using SignpostBot.Dialogs.Recognizers;
using Xunit.Abstractions;

namespace SignpostBot.Dialogs.Tests.Recognizers;

/// <summary>
/// Measures the place and age recognizers on the held-out evaluation set (tests/understanding/*.yaml): it only reads
/// it, and nothing was tuned to its messages. Country accuracy is over messages with a <c>country</c> label; a country
/// found where none is labelled is a false alarm.
/// </summary>
public sealed partial class EvaluationSetMeasurement(ITestOutputHelper output)
{
    [Fact]
    public void Country_accuracy_reaches_the_threshold()
    {
        var recognizer = new PlaceRecognizer(KnownCountries(), new CountryRecognizer(KnownCountries()));
        int labelled = 0, right = 0, falseAlarms = 0, unlabelled = 0;
        var misses = new List<string>();
        foreach (var message in Messages())
        {
            var found = recognizer.Find(message.Text).Location?.Code;
            if (message.Country is { } country)
            {
                labelled++;
                if (found == country)
                {
                    right++;
                }
                else
                {
                    misses.Add($"{message.File}: expected {country}, found {found ?? "nothing"}");
                }
            }
            else
            {
                unlabelled++;
                if (found is not null)
                {
                    falseAlarms++;
                    misses.Add($"{message.File}: none labelled, found {found}");
                }
            }
        }

        var accuracy = (double)right / labelled;
        output.WriteLine($"country: {right}/{labelled} = {accuracy:F3}; false alarms {falseAlarms}/{unlabelled}");
        misses.ForEach(output.WriteLine);
        Assert.True(accuracy >= 0.97, $"Country accuracy {accuracy:F3} is below 0.97:\n{string.Join('\n', misses)}");
    }

    [Fact]
    public void Age_and_under18_are_measured()
    {
        var recognizer = new AgeRecognizer(EnglishEntityWords.AgeWords, EnglishEntityWords.ChildWords);
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
        Assert.True(ages > 0 && children > 0);
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

    [GeneratedRegex("""\{\s*text:\s*"((?:[^"\\]|\\.)*)" """)]
    private static partial Regex TextField();

    [GeneratedRegex("""[,{]\s*country:\s*"?([A-Z]{2})"?""")]
    private static partial Regex CountryField();

    [GeneratedRegex("""[,{]\s*age:\s*(\d+)""")]
    private static partial Regex AgeField();
}
