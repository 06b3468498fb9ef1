using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WardPlatform.Targets.Migrations
{
    /// <inheritdoc />
    public partial class TargetsModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "issued_plans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "parent_plan_numbers",
                table: "issued_plans",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<DateOnly>(
                name: "period_end",
                table: "issued_plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "period_start",
                table: "issued_plans",
                type: "date",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "progress_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    reported_on = table.Column<DateOnly>(type: "date", nullable: false),
                    unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    reported_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reported_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_progress_reports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "targets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    upper_value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    baseline_year = table.Column<int>(type: "integer", nullable: true),
                    baseline_value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    out_of = table.Column<int>(type: "integer", nullable: true),
                    stages = table.Column<string>(type: "jsonb", nullable: false),
                    split = table.Column<string>(type: "jsonb", nullable: false),
                    theme_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    owner_unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    owner_person = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    period_from = table.Column<DateOnly>(type: "date", nullable: false),
                    period_to = table.Column<DateOnly>(type: "date", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    status_changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    latest_value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    latest_reported_on = table.Column<DateOnly>(type: "date", nullable: true),
                    report_count = table.Column<int>(type: "integer", nullable: false),
                    settled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_targets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "evidence_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_evidence_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_evidence_files_progress_reports_report_id",
                        column: x => x.report_id,
                        principalTable: "progress_reports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_issued_plans_province_code_number",
                table: "issued_plans",
                columns: new[] { "province_code", "number" });

            migrationBuilder.CreateIndex(
                name: "ix_evidence_files_report_id",
                table: "evidence_files",
                column: "report_id");

            migrationBuilder.CreateIndex(
                name: "ix_evidence_files_target_id",
                table: "evidence_files",
                column: "target_id");

            migrationBuilder.CreateIndex(
                name: "ix_progress_reports_target_id_reported_on",
                table: "progress_reports",
                columns: new[] { "target_id", "reported_on" });

            migrationBuilder.CreateIndex(
                name: "ix_targets_plan_id",
                table: "targets",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_targets_source",
                table: "targets",
                column: "source");

            migrationBuilder.CreateIndex(
                name: "ix_targets_tenant_code_owner_unit",
                table: "targets",
                columns: new[] { "tenant_code", "owner_unit" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evidence_files");

            migrationBuilder.DropTable(
                name: "targets");

            migrationBuilder.DropTable(
                name: "progress_reports");

            migrationBuilder.DropIndex(
                name: "ix_issued_plans_province_code_number",
                table: "issued_plans");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "issued_plans");

            migrationBuilder.DropColumn(
                name: "parent_plan_numbers",
                table: "issued_plans");

            migrationBuilder.DropColumn(
                name: "period_end",
                table: "issued_plans");

            migrationBuilder.DropColumn(
                name: "period_start",
                table: "issued_plans");
        }
    }
}
