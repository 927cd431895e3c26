using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Worcs.LocalOffer.Engine.ContentTypes;
using Worcs.LocalOffer.Persistence.Conversion;

namespace Worcs.LocalOffer.Persistence.EntityConfigurations;

internal sealed class ContentTypeConfiguration : IEntityTypeConfiguration<ContentType>
{
    public void Configure(EntityTypeBuilder<ContentType> builder)
    {
        builder.ToTable("ContentTypes");
        builder.HasKey(contentType => contentType.Key);
        builder.Property(contentType => contentType.Key).ValueGeneratedNever();
        builder.Property(contentType => contentType.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(contentType => contentType.Alias).IsRequired().HasMaxLength(255);
        builder.Property(contentType => contentType.Name).IsRequired();
        builder.Property(contentType => contentType.Icon).HasMaxLength(255);
        builder.Property(contentType => contentType.Variations).HasConversion<string>().HasMaxLength(32);
        builder.Property(contentType => contentType.AllowedChildTypeKeys).HasJsonConversion();
        builder.Property(contentType => contentType.CompositionKeys).HasJsonConversion();
        builder.Property(contentType => contentType.Groups).HasJsonConversion();
        builder.Property(contentType => contentType.Properties).HasJsonConversion();
        builder.Property(contentType => contentType.Revision).IsConcurrencyToken();
        builder.HasIndex(contentType => new { contentType.Kind, contentType.Alias }).IsUnique();
    }
}
