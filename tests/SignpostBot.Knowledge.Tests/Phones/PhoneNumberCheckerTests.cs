using SignpostBot.Knowledge.Phones;

namespace SignpostBot.Knowledge.Tests.Phones;

public sealed class PhoneNumberCheckerTests
{
    [Theory]
    [InlineData("08000 121 700", "GB", "tel:+448000121700")]
    [InlineData("0800 800 678", "RO", "tel:+40800800678")]
    [InlineData("8 800 66366", "LT", "tel:+37080066366")]
    [InlineData("+30 2310 019880", "GR", "tel:+302310019880")]
    [InlineData("+381 (0) 11 785 0000", "RS", "tel:+381117850000")]
    [InlineData("0036 80 20 55 20", "HU", "tel:+3680205520")]
    public void Check_ValidNationalOrInternationalNumber_DialsInE164(string written, string region, string tel)
    {
        var check = PhoneNumberChecker.Check(written, null, region);

        Assert.Null(check.Problem);
        Assert.Equal(tel, check.Phone!.TelUri);
        Assert.Equal(written, check.Phone.Display);
        Assert.False(check.Phone.IsShortCode);
    }

    [Theory]
    [InlineData("999", "GB")]
    [InlineData("112", "GB")]
    [InlineData("0800 1111", "GB")]
    [InlineData("116 111", "BG")]
    public void Check_NumberKnownToLibphonenumber_IsAccepted(string written, string region)
    {
        var check = PhoneNumberChecker.Check(written, null, region);

        Assert.NotNull(check.Phone);
        Assert.StartsWith("tel:", check.Phone.TelUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ShortCode_DialsTheDigitsAsWritten()
    {
        var check = PhoneNumberChecker.Check("999", null, "GB");

        Assert.Equal("tel:999", check.Phone!.TelUri);
        Assert.True(check.Phone.IsShortCode);
    }

    [Theory]
    [InlineData("0800 800 67", "RO")]
    [InlineData("8 800 6636", "LT")]
    [InlineData("020 7946 01", "GB")]
    public void Check_NumberMissingADigit_IsRejectedWithAReason(string written, string region)
    {
        var check = PhoneNumberChecker.Check(written, null, region);

        Assert.Null(check.Phone);
        Assert.Contains(written, check.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnlistedShortCodeDeclaredInContent_IsAcceptedWithAWarning()
    {
        var check = PhoneNumberChecker.Check("1109", null, "GR", declaredShortCode: true);

        Assert.Equal("tel:1109", check.Phone!.TelUri);
        Assert.NotNull(check.Warning);
    }

    [Fact]
    public void Check_UnlistedShortCodeNotDeclared_IsRejected()
    {
        var check = PhoneNumberChecker.Check("1109", null, "GR");

        Assert.Null(check.Phone);
    }

    [Fact]
    public void Check_LongNumberDeclaredAsShortCode_IsRejected()
    {
        var check = PhoneNumberChecker.Check("+30 2310 019880", null, "GR", declaredShortCode: true);

        Assert.Null(check.Phone);
    }

    [Theory]
    [InlineData("112")]
    [InlineData("116 000")]
    public void Check_InternationalShortCode_DialsTheDigits(string written)
    {
        var check = PhoneNumberChecker.Check(written, null, region: null);

        Assert.Equal("tel:" + written.Replace(" ", string.Empty, StringComparison.Ordinal), check.Phone!.TelUri);
    }

    [Fact]
    public void Check_InternationalLongNumber_IsRejected()
    {
        Assert.Null(PhoneNumberChecker.Check("+44 8000 121 700", null, region: null).Phone);
    }

    [Fact]
    public void Check_TextWithoutDigits_IsRejected()
    {
        Assert.Null(PhoneNumberChecker.Check("call us", null, "GB").Phone);
    }
}
