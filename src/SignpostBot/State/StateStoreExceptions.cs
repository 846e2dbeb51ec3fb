namespace SignpostBot.State;

/// <summary>The state store could not be reached in time (down, slow, or refusing).</summary>
public sealed class StateStoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A stored state entry could not be read back (not JSON, or from an unknown version).</summary>
public sealed class CorruptStateException(string message, Exception? inner = null) : Exception(message, inner);
