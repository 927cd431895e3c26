using Microsoft.Extensions.Options;
using Worcs.LocalOffer.Engine.Media;
using Worcs.LocalOffer.Media.Configuration;
using Worcs.LocalOffer.Media.Imaging;
using Worcs.LocalOffer.Media.Tests.Support;

namespace Worcs.LocalOffer.Media.Tests.Imaging;

public sealed class InspectorAndPlanTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("localoffer-inspect-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void An_image_larger_than_the_pixel_limit_is_refused_before_it_is_decoded()
    {
        var path = Path.Combine(_folder, "huge.png");
        TestImages.Write(path, 300, 200);
        var inspector = new NetVipsMediaFileInspector(Options.Create(new MediaSettings { MaxInputPixels = 50_000 }));

        var refused = Assert.Throws<InvalidMediaFileException>(() => inspector.Inspect(path));

        Assert.That(refused!.Message, Is.EqualTo("image 'huge.png' is 300 × 200 pixels, more than the limit of 50000 pixels."));
    }

    [Test]
    public void A_file_that_only_claims_to_be_an_image_is_refused()
    {
        var path = Path.Combine(_folder, "page.jpg");
        File.WriteAllText(path, "<html><script>alert(1)</script></html>");
        var inspector = new NetVipsMediaFileInspector(Options.Create(new MediaSettings()));

        var refused = Assert.Throws<InvalidMediaFileException>(() => inspector.Inspect(path));

        Assert.That(refused!.Message, Does.StartWith("image 'page.jpg' cannot be read"));
    }

    [Test]
    public void A_focal_point_keeps_its_part_of_the_picture_in_a_crop()
    {
        var request = new ImageRequest(100, 100, ResizeMode.Crop, Anchor.Center, (0.9, 0.5), null, null, null);

        var plan = ResizePlan.Compute(400, 200, request, 1_000_000);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((plan.ScaledWidth, plan.ScaledHeight), Is.EqualTo((200, 100)));
            Assert.That(plan.Cut, Is.EqualTo((100, 0, 100, 100)));
        }
    }

    [Test]
    public void Crop_coordinates_cut_before_resizing()
    {
        var request = new ImageRequest(200, null, ResizeMode.Crop, Anchor.Center, null, (0.1, 0.2, 0.4, 0.3), null, null);

        var plan = ResizePlan.Compute(1000, 500, request, 10_000_000);

        using (Assert.EnterMultipleScope())
        {
            Assert.That((plan.ScaledWidth, plan.ScaledHeight), Is.EqualTo((400, 200)));
            Assert.That(plan.Cut, Is.EqualTo((40, 40, 200, 100)));
        }
    }
}
