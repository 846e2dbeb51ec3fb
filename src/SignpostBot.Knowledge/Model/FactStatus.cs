namespace SignpostBot.Knowledge.Model;

/// <summary>How far a fact has been checked (see knowledge/README.md).</summary>
public static class FactStatus
{
    public const string Confirmed = "confirmed";
    public const string ToVerify = "to-verify";
    public const string Seed = "seed";

    public static readonly IReadOnlyList<string> All = [Confirmed, ToVerify, Seed];
}
