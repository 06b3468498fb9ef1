using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WardPlatform.Targets.Migrations
{
    /// <inheritdoc />
    public partial class ProgressCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "corrects",
                table: "progress_reports",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "supersede_reason",
                table: "progress_reports",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "superseded_at",
                table: "progress_reports",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "superseded_by",
                table: "progress_reports",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "superseded_by_name",
                table: "progress_reports",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "withdrawn",
                table: "progress_reports",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "corrects",
                table: "progress_reports");

            migrationBuilder.DropColumn(
                name: "supersede_reason",
                table: "progress_reports");

            migrationBuilder.DropColumn(
                name: "superseded_at",
                table: "progress_reports");

            migrationBuilder.DropColumn(
                name: "superseded_by",
                table: "progress_reports");

            migrationBuilder.DropColumn(
                name: "superseded_by_name",
                table: "progress_reports");

            migrationBuilder.DropColumn(
                name: "withdrawn",
                table: "progress_reports");
        }
    }
}
