namespace Worcs.LocalOffer.ContentModel.Derived;

/// <summary>What a derived value is: text (a <see cref="string"/>) or a number (a <see cref="decimal"/>).</summary>
public enum DerivedValueKind
{
    Text,
    Number,
}
