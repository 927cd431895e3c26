namespace Worcs.LocalOffer.Engine.PropertyEditors;

public enum ValidationMode
{
    /// <summary>Saving a draft: values must be well formed, but mandatory and regex rules wait for publish.</summary>
    Save,

    /// <summary>Publishing: every rule applies.</summary>
    Publish,
}
