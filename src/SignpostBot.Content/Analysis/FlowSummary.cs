using System.Collections.Immutable;
using SignpostBot.Dialogs.Content;
using SignpostBot.Knowledge.Model;

namespace SignpostBot.Content.Analysis;

/// <summary>"Time to help" counted over the paths of one branch: the fewest and most messages before a phone number.</summary>
public sealed record BranchTurns(int Fewest, int Most, long Paths);

/// <summary>A path that ends without a phone number, or takes too long to show one: the answers along it.</summary>
/// <param name="Turns">Messages to the number; for a path with none, 0 when it ends and <see cref="Loops"/> when it goes round without end.</param>
public sealed record FlowWitness(int Turns, ImmutableList<string> Answers)
{
    public const int Loops = -1;
}

/// <summary>What the paths from one point hold, counted from that point.</summary>
internal sealed class FlowSummary
{
    public Dictionary<string, BranchTurns> Branches { get; } = new(StringComparer.Ordinal);

    public Dictionary<SourceLocation, FlowWitness> DeadEnds { get; } = [];

    public Dictionary<SourceLocation, FlowWitness> Slowest { get; } = [];

    public long Paths { get; private set; }

    public void AddNumber(string branch, int turns, SourceLocation step)
    {
        Paths++;
        Branches[branch] = Branches.TryGetValue(branch, out var b) ? new BranchTurns(Math.Min(b.Fewest, turns), Math.Max(b.Most, turns), b.Paths + 1) : new BranchTurns(turns, turns, 1);
        if (!Slowest.TryGetValue(step, out var slowest) || slowest.Turns < turns)
        {
            Slowest[step] = new FlowWitness(turns, []);
        }
    }

    public void AddDeadEnd(SourceLocation last)
    {
        Paths++;
        DeadEnds.TryAdd(last, new FlowWitness(0, []));
    }

    /// <summary>A path that comes back to a point it has passed without a number shown: it can go round without end.</summary>
    public void AddLoop(SourceLocation at)
    {
        Paths++;
        DeadEnds.TryAdd(at, new FlowWitness(FlowWitness.Loops, []));
    }

    /// <summary>Adds the paths of <paramref name="next"/>, reached by one more answer that took <paramref name="turns"/> messages.</summary>
    public void Add(FlowSummary next, string answer, int turns)
    {
        Paths += next.Paths;
        foreach (var (branch, b) in next.Branches)
        {
            Branches[branch] = Branches.TryGetValue(branch, out var mine)
                ? new BranchTurns(Math.Min(mine.Fewest, b.Fewest + turns), Math.Max(mine.Most, b.Most + turns), mine.Paths + b.Paths)
                : new BranchTurns(b.Fewest + turns, b.Most + turns, b.Paths);
        }

        foreach (var (at, witness) in next.DeadEnds)
        {
            DeadEnds.TryAdd(at, witness with { Answers = answer.Length > 0 ? witness.Answers.Insert(0, answer) : witness.Answers });
        }

        foreach (var (at, witness) in next.Slowest)
        {
            if (!Slowest.TryGetValue(at, out var mine) || mine.Turns < witness.Turns + turns)
            {
                Slowest[at] = new FlowWitness(witness.Turns + turns, answer.Length > 0 ? witness.Answers.Insert(0, answer) : witness.Answers);
            }
        }
    }
}
