namespace Worcs.LocalOffer.Engine.Scheduling;

/// <summary>Settings under <c>LocalOffer:Scheduling</c>.</summary>
public sealed class SchedulingSettings
{
    public const string SectionKey = "LocalOffer:Scheduling";

    /// <summary>How often the scheduler looks for due publishes and unpublishes.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);
}
