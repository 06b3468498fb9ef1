using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WardPlatform.Commendations.Migrations
{
    /// <inheritdoc />
    public partial class UpwardProposals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "upward_note",
                table: "nominations",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "upward_result",
                table: "nominations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "upward_sent_at",
                table: "nominations",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "upward_note",
                table: "nominations");

            migrationBuilder.DropColumn(
                name: "upward_result",
                table: "nominations");

            migrationBuilder.DropColumn(
                name: "upward_sent_at",
                table: "nominations");
        }
    }
}
