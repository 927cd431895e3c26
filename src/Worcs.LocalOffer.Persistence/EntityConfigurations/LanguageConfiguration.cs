using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Worcs.LocalOffer.Engine.Languages;

namespace Worcs.LocalOffer.Persistence.EntityConfigurations;

internal sealed class LanguageConfiguration : IEntityTypeConfiguration<Language>
{
    public void Configure(EntityTypeBuilder<Language> builder)
    {
        builder.ToTable("Languages");
        builder.HasKey(language => language.Key);
        builder.Property(language => language.Key).ValueGeneratedNever();
        builder.Property(language => language.IsoCode).IsRequired().HasMaxLength(32);
        builder.Property(language => language.Name).IsRequired().HasMaxLength(255);
        builder.Property(language => language.FallbackIsoCode).HasMaxLength(32);
        builder.Property(language => language.Revision).IsConcurrencyToken();
        builder.HasIndex(language => language.IsoCode).IsUnique();
    }
}
