using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Engine.Nodes;

namespace Worcs.LocalOffer.Persistence.EntityConfigurations;

internal sealed class NodeConfiguration : IEntityTypeConfiguration<Node>
{
    public void Configure(EntityTypeBuilder<Node> builder)
    {
        builder.ToTable("Nodes");
        builder.HasKey(node => node.Key);
        builder.Property(node => node.Key).ValueGeneratedNever();
        builder.Property(node => node.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(node => node.Path).IsRequired();
        builder.Property(node => node.Name).IsRequired();
        builder.Property(node => node.UrlSegment).IsRequired();
        builder.Property(node => node.Revision).IsConcurrencyToken();
        builder.Ignore(node => node.IsPublished);
        builder.Ignore(node => node.HasUnpublishedChanges);
        builder.Ignore(node => node.Udi);

        // Constraints without navigations: EF still orders inserts and deletes by them within one commit.
        builder.HasOne<Node>().WithMany().HasForeignKey(node => node.ParentKey).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ContentType>().WithMany().HasForeignKey(node => node.ContentTypeKey).OnDelete(DeleteBehavior.Restrict);

        builder.HasIndex(node => new { node.ParentKey, node.SortOrder });
        builder.HasIndex(node => node.Path);
        builder.HasIndex(node => node.ContentTypeKey);
        builder.HasIndex(node => node.ScheduledPublishDate);
        builder.HasIndex(node => node.ScheduledUnpublishDate);

        // Children of one parent never share a URL segment: the engine picks a free one, and this makes the second of two
        // concurrent picks fail at commit (as a concurrency conflict) instead of giving two items one route. Top-level
        // items (a NULL parent, which never clashes in a unique index) are not covered.
        builder.HasIndex(node => new { node.Kind, node.ParentKey, node.UrlSegment }).IsUnique();
    }
}
