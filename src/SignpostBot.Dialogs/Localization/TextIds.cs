namespace SignpostBot.Dialogs.Localization;

/// <summary>
/// The stable id of every text a person reads, computed from where the text sits in the content, never written by
/// hand: translations name texts by these ids, so rewording the English keeps them, and moving a step does not.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>dialog.{dialog}.{step}.{field}</c>: <c>text</c> (say, signpost), <c>prompt</c>, <c>retry</c>, <c>yes</c>, <c>no</c>,
/// <c>other</c>, <c>askOther</c>, <c>unknownCountryText</c>, <c>childText</c>; a choice's title is <c>choice.{value}</c>.</item>
/// <item><c>global.{field}</c>: <c>interruptions.danger.text</c> (and help, startOver, stop), <c>notText</c>, <c>gaveUp</c>,
/// <c>failSafe.text</c>, <c>channels.{channel}.note</c>.</item>
/// <item><c>global.firstMessage.{reply}.say</c> and <c>global.firstMessage.{reply}.signpost.{field}</c>: the help a first
/// message in the person's own words gets.</item>
/// <item><c>answer.{id}.text</c>: a professional answer of <c>knowledge/answers.yaml</c>.</item>
/// <item><c>labels.{name}</c>: the words around signposts (<c>labels.call</c>).</item>
/// <item><c>hotline.{id}.summary</c>, <c>hotline.{id}.hours</c>, <c>hotline.{id}.phone.{digits}.label</c> (the digits of the number the label is for, so a label follows its number when numbers are reordered, and a changed number needs its label translated again);
/// <c>guidance.{id}.summary</c>; <c>country.{code}.name</c>, <c>country.{code}.emergencyNote</c>,
/// <c>country.{code}.emergency.{digits}.label</c>; <c>emergency.unknownCountry.{digits}.label</c>.</item>
/// <item>A wording for one channel: the text's id and <c>.onChannel.{channel}</c>.</item>
/// <item><c>web.{key}</c>: the chat page and widget.</item>
/// </list>
/// </remarks>
public static class TextIds
{
    public const string WebPrefix = "web.";

    /// <summary>The starts of the ids of texts that come from knowledge/ (hotlines, guidance, countries, emergency numbers).</summary>
    public static readonly IReadOnlyList<string> KnowledgePrefixes = ["hotline.", "guidance.", "country.", "emergency."];

    /// <summary>The start of every professional answer's text id.</summary>
    public const string AnswerPrefix = "answer.";

    public static string Step(string dialogId, string stepId, string field) => $"dialog.{dialogId}.{stepId}.{field}";

    public static string Choice(string dialogId, string stepId, string value) => $"dialog.{dialogId}.{stepId}.choice.{value}";

    public static string Global(string field) => "global." + field;

    public static string Interruption(string name) => $"global.interruptions.{name}.text";

    /// <summary>An interruption's text for someone telling of another person's danger.</summary>
    public static string InterruptionSomeoneElse(string name) => $"global.interruptions.{name}.someoneElse";

    public static string ChannelNote(string channelId) => $"global.channels.{channelId}.note";

    public static string FirstMessage(string replyId, string field) => $"global.firstMessage.{replyId}.{field}";

    public static string Answer(string answerId, string field) => $"{AnswerPrefix}{answerId}.{field}";

    public static string Label(string name) => "labels." + name;

    public static string Hotline(string hotlineId, string field) => $"hotline.{hotlineId}.{field}";

    public static string PhoneLabel(string hotlineId, string number) => $"hotline.{hotlineId}.phone.{Digits(number)}.label";

    public static string Guidance(string guidanceId, string field) => $"guidance.{guidanceId}.{field}";

    public static string Country(string code, string field) => $"country.{code}.{field}";

    /// <summary>The label of a country's emergency number, by the number's digits.</summary>
    public static string EmergencyLabel(string code, string number) => $"country.{code}.emergency.{Digits(number)}.label";

    /// <summary>The label of an emergency number shown while the country is not known, by the number's digits.</summary>
    public static string UnknownCountryEmergencyLabel(string number) => $"emergency.unknownCountry.{Digits(number)}.label";

    private static string Digits(string number) => string.Concat(number.Where(char.IsAsciiDigit));

    /// <summary>A sentence's wording on one channel (<c>onChannel</c> in the content).</summary>
    public static string OnChannel(string textId, string channelId) => $"{textId}.onChannel.{channelId}";

    public static string Web(string key) => WebPrefix + key;
}
