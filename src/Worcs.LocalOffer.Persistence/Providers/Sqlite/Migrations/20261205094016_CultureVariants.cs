using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Worcs.LocalOffer.Persistence.Providers.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class CultureVariants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Cultures",
                table: "NodeVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<Guid>(
                name: "ListView",
                table: "ContentTypes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Variations",
                table: "ContentTypes",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "Nothing");

            migrationBuilder.CreateTable(
                name: "Languages",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "TEXT", nullable: false),
                    IsoCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    IsDefault = table.Column<bool>(type: "INTEGER", nullable: false),
                    IsMandatory = table.Column<bool>(type: "INTEGER", nullable: false),
                    FallbackIsoCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    CreateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdateDate = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Languages", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Languages_IsoCode",
                table: "Languages",
                column: "IsoCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Languages");

            migrationBuilder.DropColumn(
                name: "Cultures",
                table: "NodeVersions");

            migrationBuilder.DropColumn(
                name: "ListView",
                table: "ContentTypes");

            migrationBuilder.DropColumn(
                name: "Variations",
                table: "ContentTypes");
        }
    }
}
