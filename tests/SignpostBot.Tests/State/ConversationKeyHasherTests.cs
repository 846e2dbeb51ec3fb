using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.State;

namespace SignpostBot.Tests.State;

public sealed class ConversationKeyHasherTests
{
    private static ConversationKeyHasher Hasher(string key = "") => new(Options.Create(new BotOptions { StateKey = key }));

    [Fact]
    public void KeyFor_SameConversation_GivesTheSameKey()
    {
        var hasher = Hasher();

        Assert.Equal(hasher.KeyFor("webchat", "abc"), hasher.KeyFor("webchat", "abc"));
    }

    [Theory]
    [InlineData("webchat", "abd")]
    [InlineData("msteams", "abc")]
    [InlineData("webcha", "tabc")]
    public void KeyFor_OtherChannelOrConversation_GivesAnotherKey(string channel, string conversation)
    {
        var hasher = Hasher();

        Assert.NotEqual(hasher.KeyFor("webchat", "abc"), hasher.KeyFor(channel, conversation));
    }

    [Fact]
    public void KeyFor_NeverContainsTheConversationId()
    {
        Assert.DoesNotContain("secret-conversation", Hasher().KeyFor("webchat", "secret-conversation"), StringComparison.Ordinal);
    }

    [Fact]
    public void KeyFor_ConfiguredKey_IsSharedByInstancesAndDiffersFromAnotherKey()
    {
        var key = Convert.ToBase64String(new byte[32]);
        var otherKey = Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray());

        Assert.Equal(Hasher(key).KeyFor("c", "1"), Hasher(key).KeyFor("c", "1"));
        Assert.NotEqual(Hasher(key).KeyFor("c", "1"), Hasher(otherKey).KeyFor("c", "1"));
    }

    [Fact]
    public void KeyFor_RandomKeyPerProcess_DiffersBetweenInstances()
    {
        Assert.NotEqual(Hasher().KeyFor("c", "1"), Hasher().KeyFor("c", "1"));
    }
}
