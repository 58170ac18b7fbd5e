namespace Inovasi.Search.Analysis;

/// <summary>How far the stemmer strips affixes.</summary>
public enum StemmingMode
{
    /// <summary>No stemming: terms are only normalised.</summary>
    None,

    /// <summary>Inflectional only (Tala 2003): particles (-kah, -lah, -pun) and possessive pronouns (-ku, -mu, -nya).</summary>
    Inflectional,

    /// <summary>Full derivational stemming (Tala 2003 plus the root lexicon): prefixes and suffixes too.</summary>
    Derivational,
}
