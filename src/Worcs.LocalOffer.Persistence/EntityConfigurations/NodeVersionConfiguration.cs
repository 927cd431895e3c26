using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Persistence.Conversion;

namespace Worcs.LocalOffer.Persistence.EntityConfigurations;

internal sealed class NodeVersionConfiguration : IEntityTypeConfiguration<NodeVersion>
{
    public void Configure(EntityTypeBuilder<NodeVersion> builder)
    {
        builder.ToTable("NodeVersions");
        builder.HasKey(version => version.Id);
        builder.Property(version => version.Id).ValueGeneratedNever();
        builder.Property(version => version.Name).IsRequired();
        builder.Property(version => version.UrlSegment).IsRequired();
        builder.Property(version => version.Values).HasPropertyValuesConversion();
        builder.Property(version => version.Cultures).HasCultureVariantsConversion();

        builder.HasOne<Node>().WithMany().HasForeignKey(version => version.NodeKey).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(version => new { version.NodeKey, version.CreateDate });
    }
}
