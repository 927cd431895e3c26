using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Worcs.LocalOffer.Engine.DataTypes;

namespace Worcs.LocalOffer.Persistence.EntityConfigurations;

internal sealed class DataTypeConfiguration : IEntityTypeConfiguration<DataType>
{
    public void Configure(EntityTypeBuilder<DataType> builder)
    {
        builder.ToTable("DataTypes");
        builder.HasKey(dataType => dataType.Key);
        builder.Property(dataType => dataType.Key).ValueGeneratedNever();
        builder.Property(dataType => dataType.Name).IsRequired();
        builder.Property(dataType => dataType.EditorAlias).IsRequired().HasMaxLength(255);
        builder.Property(dataType => dataType.EditorUiAlias).HasMaxLength(255);
        builder.Property(dataType => dataType.ConfigurationJson).IsRequired();
        builder.Property(dataType => dataType.Revision).IsConcurrencyToken();
    }
}
