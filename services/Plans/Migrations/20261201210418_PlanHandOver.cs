using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WardPlatform.Plans.Migrations
{
    /// <inheritdoc />
    public partial class PlanHandOver : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "return_reason",
                table: "plans",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "returned_at",
                table: "plans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "returned_by_name",
                table: "plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "submission_note",
                table: "plans",
                type: "character varying(1000)",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "submitted_at",
                table: "plans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "submitted_by",
                table: "plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "submitted_by_name",
                table: "plans",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "action",
                table: "plan_status_changes",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "return_reason",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "returned_at",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "returned_by_name",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "submission_note",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "submitted_at",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "submitted_by",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "submitted_by_name",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "action",
                table: "plan_status_changes");
        }
    }
}
