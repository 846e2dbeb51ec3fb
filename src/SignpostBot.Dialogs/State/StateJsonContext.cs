using System.Text.Json.Serialization;

namespace SignpostBot.Dialogs.State;

/// <summary>Source-generated, compact JSON for <see cref="DialogState"/> (what a state store keeps).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault)]
[JsonSerializable(typeof(DialogState))]
public sealed partial class StateJsonContext : JsonSerializerContext;
