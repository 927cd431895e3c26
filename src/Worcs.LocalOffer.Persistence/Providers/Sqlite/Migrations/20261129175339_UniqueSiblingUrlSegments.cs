using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Worcs.LocalOffer.Persistence.Providers.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UniqueSiblingUrlSegments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Databases written before this index may hold siblings that raced to the same segment: all but the
            // first (by key) get their key's first eight characters appended, so the index can be created.
            migrationBuilder.Sql(
                """
                UPDATE "Nodes" SET "UrlSegment" = "UrlSegment" || '-' || lower(substr("Key", 1, 8))
                WHERE EXISTS (
                    SELECT 1 FROM "Nodes" AS other
                    WHERE other."Kind" = "Nodes"."Kind" AND other."ParentKey" = "Nodes"."ParentKey"
                        AND other."UrlSegment" = "Nodes"."UrlSegment" AND other."Key" < "Nodes"."Key");
                """);
            migrationBuilder.CreateIndex(
                name: "IX_Nodes_Kind_ParentKey_UrlSegment",
                table: "Nodes",
                columns: new[] { "Kind", "ParentKey", "UrlSegment" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Nodes_Kind_ParentKey_UrlSegment",
                table: "Nodes");
        }
    }
}
