using Worcs.LocalOffer.Engine.DataTypes;

namespace Worcs.LocalOffer.Engine.Storage;

public interface IDataTypeRepository
{
    Task<DataType?> GetAsync(Guid key, CancellationToken cancellationToken);

    Task<IReadOnlyList<DataType>> GetAllAsync(CancellationToken cancellationToken);

    void Add(DataType dataType);

    void Remove(DataType dataType);
}
