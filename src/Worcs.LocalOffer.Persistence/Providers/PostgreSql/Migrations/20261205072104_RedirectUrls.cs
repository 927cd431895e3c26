using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Worcs.LocalOffer.Persistence.Providers.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class RedirectUrls : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RedirectUrls",
                columns: table => new
                {
                    Key = table.Column<Guid>(type: "uuid", nullable: false),
                    RootKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Url = table.Column<string>(type: "text", nullable: false),
                    ContentKey = table.Column<Guid>(type: "uuid", nullable: false),
                    Culture = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    CreateDateUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RedirectUrls", x => x.Key);
                    table.ForeignKey(
                        name: "FK_RedirectUrls_Nodes_ContentKey",
                        column: x => x.ContentKey,
                        principalTable: "Nodes",
                        principalColumn: "Key",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RedirectUrls_ContentKey",
                table: "RedirectUrls",
                column: "ContentKey");

            migrationBuilder.CreateIndex(
                name: "IX_RedirectUrls_Url_RootKey",
                table: "RedirectUrls",
                columns: new[] { "Url", "RootKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RedirectUrls");
        }
    }
}
