using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.DeliveryApi.Tests.Support;

namespace Worcs.LocalOffer.DeliveryApi.Tests.Properties;

/// <summary>A consultation's status follows the clock (UK days), even in the rendered-once JSON, and hides the outcome until closed.</summary>
[TestFixture]
[NonParallelizable]
public sealed class ConsultationStatusTests
{
    private readonly SettableClock _clock = new();
    private SeedHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync() => _host = await SeedHost.StartAsync(configureServices: services => services.AddSingleton<TimeProvider>(_clock));

    [OneTimeTearDown]
    public async Task StopAsync() => await _host.DisposeAsync();

    [Test]
    public async Task Status_is_open_until_the_end_of_the_closing_day_then_closed()
    {
        _clock.Set(new DateTimeOffset(2019, 8, 31, 12, 0, 0, TimeSpan.Zero));
        var lastDay = await _host.Client.GetApiAsync($"content/item/{Seed.SendiassSurvey}");
        var lastDayFiltered = await _host.Client.GetApiAsync("content?filter=status:open");

        // Midnight in the UK (BST, UTC+1) starts 1 September.
        _clock.Set(new DateTimeOffset(2019, 8, 31, 23, 0, 0, TimeSpan.Zero));
        var nextDay = await _host.Client.GetApiAsync($"content/item/{Seed.SendiassSurvey}");
        var nextDayFiltered = await _host.Client.GetApiAsync("content?filter=status:open");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(lastDay.Json.Str("properties", "status"), Is.EqualTo("open"));
            Assert.That(lastDayFiltered.Json.Items().Strings("id"), Is.EqualTo(new[] { Seed.SendiassSurvey.ToString() }));
            Assert.That(nextDay.Json.Str("properties", "status"), Is.EqualTo("closed"));
            Assert.That(nextDay.Header("ETag"), Is.Not.EqualTo(lastDay.Header("ETag")));
            Assert.That(nextDayFiltered.Json.GetProperty("total").GetInt32(), Is.Zero);
        }
    }

    [Test]
    public async Task The_outcome_is_null_while_open_and_delivered_once_closed()
    {
        _clock.Set(new DateTimeOffset(2019, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var open = await _host.Client.GetApiAsync($"content/item/{Seed.GraduatedResponseConsultation}");
        _clock.Set(new DateTimeOffset(2019, 3, 2, 0, 0, 0, TimeSpan.Zero));
        var closed = await _host.Client.GetApiAsync($"content/item/{Seed.GraduatedResponseConsultation}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(open.Json.Str("properties", "status"), Is.EqualTo("open"));
            Assert.That(open.Json.GetProperty("properties").GetProperty("outcome").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
            Assert.That(closed.Json.Str("properties", "status"), Is.EqualTo("closed"));
            Assert.That(closed.Json.Str("properties", "outcome", "markup"), Does.Contain("closed on 1 March 2019"));
        }
    }
}
