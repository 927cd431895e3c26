using Worcs.LocalOffer.Engine.Tests.Support;
using Worcs.LocalOffer.Testing;

namespace Worcs.LocalOffer.Engine.Tests.Documents;

[TestFixtureSource(typeof(Databases), nameof(Databases.All))]
public sealed partial class DocumentServiceTests(DatabaseEngine engine) : SiteTestBase(engine);
