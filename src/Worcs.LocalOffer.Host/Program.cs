using Worcs.LocalOffer.Backoffice.ClientHosting;
using Worcs.LocalOffer.Backoffice.Search;
using Worcs.LocalOffer.Backoffice.Security;
using Worcs.LocalOffer.ContentModel;
using Worcs.LocalOffer.DeliveryApi;
using Worcs.LocalOffer.DeliveryApi.Http;
using Worcs.LocalOffer.Engine;
using Worcs.LocalOffer.Host;
using Worcs.LocalOffer.Host.Composition;
using Worcs.LocalOffer.Host.Health;
using Worcs.LocalOffer.Host.Startup;
using Worcs.LocalOffer.Media;
using Worcs.LocalOffer.Media.Http;
using Worcs.LocalOffer.Persistence;
using Worcs.LocalOffer.Search;
using Worcs.LocalOffer.Sync;
using Worcs.LocalOffer.Sync.Configuration;

var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseDefaultUrlUnlessConfigured();

// Search text arrives in the query string; a long pasted query is cut to 1,000 characters by search, not refused with 414.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestLineSize = 64 * 1024);

var databaseSettings = DatabaseSettings.FromConfiguration(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddLocalOfferEngine();
// The content model's rules (such as alt text for a news image) hold however content arrives, not only over HTTP.
builder.Services.AddLocalOfferContentModel();
builder.Services.AddLocalOfferPersistence(databaseSettings);
builder.Services.AddLocalOfferSync();
var syncSettings = builder.Configuration.GetSection(SyncSettings.SectionKey).Get<SyncSettings>() ?? new SyncSettings();
if (syncSettings.ExportOnSave && syncSettings.ResolveRootFolder(builder.Environment.ContentRootPath) is { } syncRoot)
{
    builder.Services.AddLocalOfferSyncExportOnSave(syncRoot);
}

builder.Services.AddLocalOfferDeliveryApi();
builder.Services.AddLocalOfferSearch();
builder.Services.AddSiteSearchForDeliveryApi();
builder.Services.AddLocalOfferManagementSecurity();
builder.Services.AddLocalOfferMedia();
builder.Services.AddLocalOfferBackofficeClient();

// After the modules: their background services then wait for the start-up migrations.
builder.Services.AddLocalOfferStartup();
builder.Services.AddLocalOfferHealthChecks();
builder.Services.AddProblemDetails();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.MapLocalOfferHealthChecks();
app.MapLocalOfferDeliveryApi();
app.MapLocalOfferSearchAdmin();
app.MapLocalOfferMedia();
app.MapLocalOfferBackofficeClient();
app.Run();

/// <summary>The composition root; public so tests can start the real application.</summary>
public partial class Program;
