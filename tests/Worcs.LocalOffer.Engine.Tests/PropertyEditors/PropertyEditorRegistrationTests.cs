using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Worcs.LocalOffer.Engine.PropertyEditors;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class PropertyEditorRegistrationTests
{
    [Test]
    public void Every_alias_has_exactly_one_registered_singleton_editor()
    {
        var services = new ServiceCollection().AddPropertyEditors().AddPropertyEditors();
        var expected = typeof(PropertyEditorAliases)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(field => (string)field.GetRawConstantValue()!)
            .Order()
            .ToList();

        var registrations = services.Where(service => service.ServiceType == typeof(IPropertyEditor)).ToList();
        var aliases = registrations
            .Select(service => ((IPropertyEditor)Activator.CreateInstance(service.ImplementationType!)!).Alias)
            .Order()
            .ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(aliases, Is.EqualTo(expected));
            Assert.That(registrations.Select(service => service.Lifetime), Is.All.EqualTo(ServiceLifetime.Singleton));
        }
    }
}
