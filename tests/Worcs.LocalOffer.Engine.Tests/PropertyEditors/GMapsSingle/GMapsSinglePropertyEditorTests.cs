using Worcs.LocalOffer.Engine.PropertyEditors;
using static Worcs.LocalOffer.Engine.Tests.PropertyEditors.EditorContexts;

namespace Worcs.LocalOffer.Engine.Tests.PropertyEditors;

public sealed class GMapsSinglePropertyEditorTests
{
    private const string Configuration = """{"apikey":"AIzaSECRET-KEY","location":"52.19,-2.22","zoom":12,"maptype":"roadmap","hideMap":false}""";

    private readonly GMapsSinglePropertyEditor _editor = new();

    private static string Location(string lat = "52.19", string lng = "-2.22", string zoom = "16", string maptype = "\"roadmap\"") =>
        """
        {"address":{"full_address":"County Hall, Spetchley Road, Worcester WR5 2NP, UK","streetNumber":"","street":"Spetchley Road",
          "postalcode":"WR5 2NP","city":"Worcester","state":"England","country":"United Kingdom","coordinates":{"lat":LAT,"lng":LNG}},
         "mapconfig":{"zoom":ZOOM,"maptype":MAPTYPE,"centerCoordinates":{"lat":52.19,"lng":-2.22}}}
        """
            .Replace("LAT", lat, StringComparison.Ordinal)
            .Replace("LNG", lng, StringComparison.Ordinal)
            .Replace("ZOOM", zoom, StringComparison.Ordinal)
            .Replace("MAPTYPE", maptype, StringComparison.Ordinal);

    [Test]
    public void A_location_passes()
    {
        Assert.That(_editor.Validate(Location(), For(_editor, Configuration)), Is.Empty);
    }

    [TestCase("\"SATELLITE\"")]
    [TestCase("\"google.maps.maptypeid.hybrid\"")]
    [TestCase("\"styled_map\"")]
    public void Map_types_are_matched_without_regard_to_case_or_the_google_prefix(string maptype)
    {
        Assert.That(_editor.Validate(Location(maptype: maptype), For(_editor, Configuration)), Is.Empty);
    }

    [Test]
    public void The_legacy_shape_passes()
    {
        var legacy = """{"address":{"full_address":"Worcester","latlng":"52.19,-2.22"},"mapconfig":{"zoom":"16","maptype":"roadmap","mapcenter":"52.19,-2.22"}}""";

        Assert.That(_editor.Validate(legacy, For(_editor, Configuration)), Is.Empty);
    }

    [TestCase("")]
    [TestCase("null")]
    [TestCase("{}")]
    [TestCase("""{"address":{"full_address":"","coordinates":null},"mapconfig":{"zoom":12}}""")]
    public void No_location_is_empty(string value)
    {
        Assert.That(_editor.IsEmpty(value), Is.True);
    }

    [Test]
    public void Malformed_json_is_refused_naming_the_property()
    {
        var error = SingleError(_editor.Validate("""{"address":""", For(_editor, Configuration, "properties.location")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.location"));
            Assert.That(error.Message, Does.StartWith("The map location is not valid JSON"));
        }
    }

    [Test]
    public void A_latitude_out_of_range_is_refused()
    {
        var error = SingleError(_editor.Validate(Location(lat: "95"), For(_editor, Configuration, "properties.location")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.location.address.coordinates.lat"));
            Assert.That(error.Message, Is.EqualTo("The latitude is 95; expected a number from -90 to 90."));
        }
    }

    [Test]
    public void A_longitude_out_of_range_is_refused()
    {
        var error = SingleError(_editor.Validate(Location(lng: "-181"), For(_editor, Configuration, "properties.location")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.location.address.coordinates.lng"));
            Assert.That(error.Message, Is.EqualTo("The longitude is -181; expected a number from -180 to 180."));
        }
    }

    [Test]
    public void A_coordinate_that_is_not_a_number_is_refused()
    {
        var error = SingleError(_editor.Validate(Location(lat: "\"north\""), For(_editor, Configuration, "properties.location")));

        Assert.That(error.Message, Is.EqualTo("The latitude is 'north'; expected a number from -90 to 90."));
    }

    [TestCase("23")]
    [TestCase("-1")]
    [TestCase("3.5")]
    public void A_zoom_outside_0_to_22_is_refused(string zoom)
    {
        var error = SingleError(_editor.Validate(Location(zoom: zoom), For(_editor, Configuration, "properties.location")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.location.mapconfig.zoom"));
            Assert.That(error.Message, Is.EqualTo($"The zoom is {zoom}; expected a whole number from 0 to 22."));
        }
    }

    [Test]
    public void An_unknown_map_type_is_refused()
    {
        var error = SingleError(_editor.Validate(Location(maptype: "\"streetview\""), For(_editor, Configuration, "properties.location")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.location.mapconfig.maptype"));
            Assert.That(error.Message, Is.EqualTo("The map type is 'streetview'; expected one of roadmap, satellite, hybrid, terrain, styled_map."));
        }
    }

    [Test]
    public void An_address_without_coordinates_is_refused()
    {
        var error = SingleError(_editor.Validate("""{"address":{"full_address":"County Hall"}}""", For(_editor, Configuration, "properties.location")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.location.address"));
            Assert.That(error.Message, Does.StartWith("The address has no coordinates"));
        }
    }

    [Test]
    public void A_legacy_latlng_that_does_not_parse_is_refused()
    {
        var error = SingleError(_editor.Validate("""{"address":{"full_address":"x","latlng":"52.19"}}""", For(_editor, Configuration, "properties.location")));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(error.Path, Is.EqualTo("properties.location.address.latlng"));
            Assert.That(error.Message, Does.Contain("expected \"latitude,longitude\""));
        }
    }

    [Test]
    public void An_address_that_is_not_an_object_is_refused()
    {
        var error = SingleError(_editor.Validate("""{"address":"County Hall"}""", For(_editor, Configuration, "properties.location")));

        Assert.That(error.Message, Does.StartWith("The address is a string"));
    }

    [Test]
    public void Messages_never_contain_the_api_key()
    {
        var errors = _editor.Validate(Location(lat: "95", lng: "200", zoom: "40", maptype: "\"x\""), For(_editor, Configuration)).ToList();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(errors, Has.Count.EqualTo(4));
            Assert.That(errors.Select(error => error.Message), Has.None.Contain("SECRET"));
        }
    }

    [Test]
    public void A_location_is_kept_when_the_map_data_type_changes()
    {
        var location = Location();

        var converted = _editor.TryConvertFrom(_editor, location, For(_editor, """{"zoom":8}"""), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.True, reason);
            Assert.That(value, Is.SameAs(location));
        }
    }

    [Test]
    public void Text_cannot_become_a_location()
    {
        var converted = _editor.TryConvertFrom(new TextBoxPropertyEditor(), "County Hall, Worcester", For(_editor), out var value, out var reason);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(converted, Is.False);
            Assert.That(value, Is.Null);
            Assert.That(reason, Does.Contain("The map location is not valid JSON"));
        }
    }
}
