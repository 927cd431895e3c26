using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Worcs.LocalOffer.Search.Analysis;

/// <summary>
/// Closes the gaps a stop filter leaves. Used only to read synonym rules, because the synonym parser refuses gaps,
/// and the rules must lose the same stop words as the text they are matched against.
/// </summary>
internal sealed class PositionIncrementResetFilter : TokenFilter
{
    private readonly IPositionIncrementAttribute _positionIncrement;

    public PositionIncrementResetFilter(TokenStream input)
        : base(input)
    {
        _positionIncrement = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }

        _positionIncrement.PositionIncrement = 1;
        return true;
    }
}
