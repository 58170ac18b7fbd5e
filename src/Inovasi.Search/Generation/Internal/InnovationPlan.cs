using Inovasi.Search.Writeups;

namespace Inovasi.Search.Generation.Internal;

/// <summary>The origin of a generated copy: the write-up it replicates.</summary>
internal sealed record OriginInfo(string Id, string Title, GeneratedAgency Agency, int Year);

/// <summary>Everything decided about one write-up before its prose is composed.</summary>
internal sealed record InnovationPlan(
    int Index,
    string Id,
    InnovationName Name,
    Topic Topic,
    Mechanism Mechanism,
    GeneratedAgency Agency,
    int Year,
    double Quality,
    IReadOnlyList<ServiceElement> Elements,
    InnovationStage? Stage,
    InnovationStatus Status,
    int StopYear,
    IReadOnlyList<string> Awards,
    IReadOnlyList<Replication> Replications,
    OriginInfo? Origin);
