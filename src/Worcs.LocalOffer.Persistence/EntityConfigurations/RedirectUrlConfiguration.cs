using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Worcs.LocalOffer.Engine.Nodes;
using Worcs.LocalOffer.Engine.Redirects;

namespace Worcs.LocalOffer.Persistence.EntityConfigurations;

internal sealed class RedirectUrlConfiguration : IEntityTypeConfiguration<RedirectUrl>
{
    public void Configure(EntityTypeBuilder<RedirectUrl> builder)
    {
        builder.ToTable("RedirectUrls");
        builder.HasKey(redirect => redirect.Key);
        builder.Property(redirect => redirect.Key).ValueGeneratedNever();
        builder.Property(redirect => redirect.Url).IsRequired();
        builder.Property(redirect => redirect.Culture).HasMaxLength(32);

        // Deleting a document deletes its redirects in the same statement, whoever deletes it.
        builder.HasOne<Node>().WithMany().HasForeignKey(redirect => redirect.ContentKey).OnDelete(DeleteBehavior.Cascade);

        builder.HasIndex(redirect => new { redirect.Url, redirect.RootKey });
        builder.HasIndex(redirect => redirect.ContentKey);
    }
}
