using Microsoft.Extensions.Options;
using SignpostBot.Content;
using SignpostBot.State;

namespace SignpostBot.Tests.State;

public sealed class ConversationKeyHasherTests
{
    [Fact]
    public void HashOf_IsTheKeysHashAsANumber_TheSameForTheSameKey_AndDifferentForAnother()
    {
        using var hasher = Hasher(Convert.ToBase64String(new byte[32]));
        var key = hasher.TurnKeyFor("msteams", "19:abc", "1");

        Assert.Equal(ConversationKeyHasher.HashOf(key), ConversationKeyHasher.HashOf(hasher.TurnKeyFor("msteams", "19:abc", "1")));
        Assert.NotEqual(ConversationKeyHasher.HashOf(key), ConversationKeyHasher.HashOf(hasher.TurnKeyFor("msteams", "19:abc", "2")));
        var hash = Convert.FromBase64String(key[5..].Replace('-', '+').Replace('_', '/') + "=");
        Assert.Equal(System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash), ConversationKeyHasher.HashOf(key));
    }

    [Theory]
    [InlineData("")]
    [InlineData("turn:short")]
    [InlineData("turn:!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    public void HashOf_AKeyNotMadeHere_Throws(string key)
        => Assert.Throws<ArgumentException>(() => ConversationKeyHasher.HashOf(key));

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
