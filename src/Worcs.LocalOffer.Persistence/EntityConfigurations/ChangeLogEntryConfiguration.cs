using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Worcs.LocalOffer.Persistence.ChangeLog;

namespace Worcs.LocalOffer.Persistence.EntityConfigurations;

internal sealed class ChangeLogEntryConfiguration : IEntityTypeConfiguration<ChangeLogEntry>
{
    public void Configure(EntityTypeBuilder<ChangeLogEntry> builder)
    {
        builder.ToTable("ChangeLog");
        builder.HasKey(entry => entry.Id);
        builder.Property(entry => entry.Id).ValueGeneratedOnAdd();
        builder.Property(entry => entry.Notification).IsRequired().HasMaxLength(255);
        builder.Property(entry => entry.KeysJson).IsRequired();
        builder.Property(entry => entry.PayloadJson).IsRequired();
    }
}
