#pragma warning disable
namespace SignpostBot.Dialogs.Recognizers;
// TEMPORARY until the recognizers land.
public enum MatchMode { Answer, Find }
public sealed record ChoiceOption(string Value, string Title, IReadOnlyList<string> Synonyms);
public sealed record ChoiceMatch(string Value, int Index, double Score);
public static class ChoiceRecognizer { public static ChoiceMatch? Recognize(string text, IReadOnlyList<ChoiceOption> choices, MatchMode mode, string? locale = null) { var t = text.Trim().ToLowerInvariant(); for (var i = 0; i < choices.Count; i++) { if (choices[i].Title.ToLowerInvariant() == t || choices[i].Value == t || choices[i].Synonyms.Any(s => t.Contains(s, StringComparison.OrdinalIgnoreCase))) return new(choices[i].Value, i, 1); } if (mode == MatchMode.Answer && int.TryParse(t, out var n) && n >= 1 && n <= choices.Count) return new(choices[n-1].Value, n-1, 1); return null; } }
public static class ConfirmRecognizer { public static bool? Recognize(string text, string? locale = null) => text.Trim().ToLowerInvariant() switch { "yes" or "y" => true, "no" or "n" => false, _ => null }; }
public sealed record CountryName(string Code, string Name, IReadOnlyList<string> Aliases);
public sealed record CountryMatch(string Code, double Score);
public sealed class CountryRecognizer { private readonly List<CountryName> _c; public CountryRecognizer(IEnumerable<CountryName> known) { _c = known.ToList(); } public CountryMatch? Recognize(string text, MatchMode mode) { foreach (var c in _c) { if (text.Contains(c.Name, StringComparison.OrdinalIgnoreCase) || c.Aliases.Any(a => text.Contains(a, StringComparison.OrdinalIgnoreCase))) return new(c.Code, 1); } return null; } }
public static class TextNormalizer { public static string Normalize(string text) => text.Trim().ToLowerInvariant(); public static string[] Tokenize(string normalized) => normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries); }
