using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Engine.DataTypes;
using Worcs.LocalOffer.Engine.Storage;
using Worcs.LocalOffer.Persistence.Context;

namespace Worcs.LocalOffer.Persistence.Storage;

internal sealed class DataTypeRepository(LocalOfferDbContext context) : IDataTypeRepository
{
    public Task<DataType?> GetAsync(Guid key, CancellationToken cancellationToken) =>
        context.DataTypes.FindAsync([key], cancellationToken).AsTask();

    public async Task<IReadOnlyList<DataType>> GetAllAsync(CancellationToken cancellationToken) =>
        await context.DataTypes.OrderBy(dataType => dataType.Name).ThenBy(dataType => dataType.Key).ToListAsync(cancellationToken);

    public void Add(DataType dataType) => context.DataTypes.Add(dataType);

    public void Remove(DataType dataType) => context.DataTypes.Remove(dataType);
}
