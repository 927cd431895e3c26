namespace Worcs.LocalOffer.Search.Querying;

/// <summary>After a clause: join the next one with And, Or or Not, or run the query.</summary>
public interface IBooleanOperation : IOrdering
{
    IQuery And();

    IQuery Or();

    IQuery Not();

    IBooleanOperation And(Func<IQuery, IBooleanOperation> inner);

    IBooleanOperation Or(Func<IQuery, IBooleanOperation> inner);

    IBooleanOperation AndNot(Func<IQuery, IBooleanOperation> inner);
}
