namespace SignpostBot.Knowledge.Model;

/// <summary>The guidance topics the professional menu offers.</summary>
public static class GuidanceTopics
{
    public static readonly IReadOnlyList<string> All = ["child", "adult", "county-lines", "training", "nrm", "trauma-informed"];
}
