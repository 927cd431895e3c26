using Worcs.LocalOffer.ContentModel.Derived;

namespace Worcs.LocalOffer.ContentModel.Tests;

/// <summary>The content model sits just outside the engine, so Search, the Delivery API and sites can all use it.</summary>
[TestFixture]
public sealed class DependencyTests
{
    [Test]
    public void The_content_model_references_only_the_engine_and_no_web_or_data_library()
    {
        var referenced = typeof(DerivedProperties).Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(referenced.Where(name => name.StartsWith("Worcs.LocalOffer.", StringComparison.Ordinal)), Is.EquivalentTo(new[] { "Worcs.LocalOffer.Engine" }));
            Assert.That(referenced.Where(name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal)), Is.Empty);
        }
    }
}
