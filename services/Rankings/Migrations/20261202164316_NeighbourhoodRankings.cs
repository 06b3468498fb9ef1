using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WardPlatform.Rankings.Migrations
{
    /// <inheritdoc />
    public partial class NeighbourhoodRankings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "neighbourhood_id",
                table: "facts",
                type: "uuid",
                nullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "ward_code",
                table: "entered_values",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);

            migrationBuilder.AddColumn<string>(
                name: "level",
                table: "definitions",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "wards");

            migrationBuilder.AlterColumn<string>(
                name: "ward_code",
                table: "adjustments",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(20)",
                oldMaxLength: 20);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "neighbourhood_id",
                table: "facts");

            migrationBuilder.DropColumn(
                name: "level",
                table: "definitions");

            migrationBuilder.AlterColumn<string>(
                name: "ward_code",
                table: "entered_values",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(50)",
                oldMaxLength: 50);

            migrationBuilder.AlterColumn<string>(
                name: "ward_code",
                table: "adjustments",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(50)",
                oldMaxLength: 50);
        }
    }
}
