using Microsoft.EntityFrameworkCore;
using Worcs.LocalOffer.Persistence.Context;

namespace Worcs.LocalOffer.Persistence.Providers.Sqlite;

internal sealed class SqliteLocalOfferDbContext(DbContextOptions<SqliteLocalOfferDbContext> options) : LocalOfferDbContext(options);
