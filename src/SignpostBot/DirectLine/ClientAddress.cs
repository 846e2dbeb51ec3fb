using System.Net;
using System.Net.Sockets;

namespace SignpostBot.DirectLine;

/// <summary>The key a rate limit counts a client under. Held in memory for the limit's window only; never logged or stored.</summary>
public static class ClientAddress
{
    /// <summary>
    /// An IPv4 address as it is; an IPv6 address by its /64 (one network is given a whole /64, so counting single
    /// addresses would give one client billions of allowances); IPv4-mapped IPv6 as the IPv4 address.
    /// </summary>
    public static string PartitionOf(IPAddress? address)
    {
        if (address is null)
        {
            return string.Empty;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        bytes[8..].Clear();
        return new IPAddress(bytes).ToString() + "/64";
    }
}
