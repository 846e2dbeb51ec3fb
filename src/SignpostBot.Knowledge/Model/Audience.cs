namespace SignpostBot.Knowledge.Model;

/// <summary>Who a hotline or resource is for; the words content files use.</summary>
public static class Audience
{
    public const string Victim = "victim";
    public const string Child = "child";
    public const string Public = "public";
    public const string Professional = "professional";

    public static readonly IReadOnlyList<string> All = [Victim, Child, Public, Professional];
}
