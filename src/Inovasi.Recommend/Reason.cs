using System.Text.Json.Serialization;
using Inovasi.Search.Writeups;

namespace Inovasi.Recommend;

/// <summary>
/// One reason for a suggestion: an Indonesian sentence (<see cref="Text"/>) plus structured data in the derived
/// type. Serialised to JSON with a <c>kind</c> discriminator (<c>kata</c>, <c>urusan</c>, <c>survei</c>,
/// <c>bukti</c>, <c>koadopsi</c>, <c>instansi-serupa</c>, <c>prasyarat</c>, <c>sinyal</c>).
/// </summary>
/// <param name="Text">The reason as an Indonesian sentence.</param>
/// <remarks><threadsafety>Immutable.</threadsafety></remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(SharedWordsReason), "kata")]
[JsonDerivedType(typeof(AffairsReason), "urusan")]
[JsonDerivedType(typeof(SurveyGapReason), "survei")]
[JsonDerivedType(typeof(ProofReason), "bukti")]
[JsonDerivedType(typeof(CoAdoptionReason), "koadopsi")]
[JsonDerivedType(typeof(SimilarAgenciesReason), "instansi-serupa")]
[JsonDerivedType(typeof(PrerequisitesReason), "prasyarat")]
[JsonDerivedType(typeof(SignalsReason), "sinyal")]
public abstract record Reason(string Text);

/// <summary>Problem words the statement shares with the innovation's text (stopwords and very common words left out).</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Words">The shared words as written in the statement, most telling first.</param>
public sealed record SharedWordsReason(string Text, IReadOnlyList<string> Words) : Reason(Text);

/// <summary>The innovation sits in the agency's affairs, or is generic and fits every OPD.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="SharedAffairs">Affairs both name (lower case); empty when only generic.</param>
/// <param name="IsGeneric">Whether the innovation is generic (letters, archives, staffing, governance).</param>
public sealed record AffairsReason(string Text, IReadOnlyList<string> SharedAffairs, bool IsGeneric) : Reason(Text);

/// <summary>How far one survey element lies below the grade-A value.</summary>
/// <param name="Element">The element.</param>
/// <param name="Code">Its FORMAT.md code.</param>
/// <param name="Value">The agency's value (1 to 4).</param>
/// <param name="Gap">The gap to <see cref="Surveys.SurveyResult.TargetElementValue"/>.</param>
public sealed record ElementGap(ServiceElement Element, string Code, decimal Value, decimal Gap);

/// <summary>The innovation improves survey elements where the agency is weak.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Gaps">The weak elements it improves, largest gap first.</param>
public sealed record SurveyGapReason(string Text, IReadOnlyList<ElementGap> Gaps) : Reason(Text);

/// <summary>Proof that the innovation works.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Stage">Its stage, or <see langword="null"/>.</param>
/// <param name="Awards">Its awards.</param>
/// <param name="Replications">Recorded replications so far.</param>
/// <param name="YearsInUse">Years since it started (to the model's reference year).</param>
/// <param name="IsRunning">Whether it still runs.</param>
public sealed record ProofReason(string Text, InnovationStage? Stage, IReadOnlyList<string> Awards, int Replications, int YearsInUse, bool IsRunning) : Reason(Text);

/// <summary>Agencies that run what this agency runs also replicated the innovation.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Via">Ids of the agency's innovations that link to it through co-adoption.</param>
public sealed record CoAdoptionReason(string Text, IReadOnlyList<string> Via) : Reason(Text);

/// <summary>Agencies similar to this one run the innovation (as owner or replicator).</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Agencies">The similar agencies, most similar first.</param>
public sealed record SimilarAgenciesReason(string Text, IReadOnlyList<AgencyRef> Agencies) : Reason(Text);

/// <summary>What an agency needs to replicate it, from the write-up's <c>## Replikasi</c> section.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Notes">The section text (shortened).</param>
public sealed record PrerequisitesReason(string Text, string Notes) : Reason(Text);

/// <summary>Which signals the score used; always the last reason.</summary>
/// <param name="Text">The sentence.</param>
/// <param name="Signals">The signals that had data for this agency and innovation.</param>
/// <param name="IsColdStart">Whether the model had no replication records to learn from (fixed weights).</param>
public sealed record SignalsReason(string Text, IReadOnlyList<Signal> Signals, bool IsColdStart) : Reason(Text);
