using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Worcs.LocalOffer.Persistence.Providers.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ChangeLogOrigin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "Origin",
                table: "ChangeLog",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Origin",
                table: "ChangeLog");
        }
    }
}
