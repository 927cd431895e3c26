namespace Worcs.LocalOffer.Sync;

/// <summary>The newline style of a file. uSync writes <c>Environment.NewLine</c>, so exports from Windows use CRLF.</summary>
public enum SyncNewLine
{
    Lf,
    CrLf,
}
