using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace WardPlatform.Plans.Migrations
{
    /// <inheritdoc />
    public partial class PlanDocument : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<List<string>>(
                name: "award_forms",
                table: "plans",
                type: "text[]",
                nullable: false,
                // Plans recorded before this migration have empty sections.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "closed_at",
                table: "plans",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "collective_criteria",
                table: "plans",
                type: "text[]",
                nullable: false,
                // Plans recorded before this migration have empty sections.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<DateOnly>(
                name: "final_review",
                table: "plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "funding",
                table: "plans",
                type: "text[]",
                nullable: false,
                // Plans recorded before this migration have empty sections.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<string>>(
                name: "individual_criteria",
                table: "plans",
                type: "text[]",
                nullable: false,
                // Plans recorded before this migration have empty sections.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<DateOnly>(
                name: "mid_term_review",
                table: "plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "period_end",
                table: "plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "period_notes",
                table: "plans",
                type: "text[]",
                nullable: false,
                // Plans recorded before this migration have empty sections.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<DateOnly>(
                name: "period_start",
                table: "plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "place",
                table: "plans",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "purposes",
                table: "plans",
                type: "text[]",
                nullable: false,
                // Plans recorded before this migration have empty sections.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<string>>(
                name: "recipients",
                table: "plans",
                type: "text[]",
                nullable: false,
                // Plans recorded before this migration have empty sections.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<string>>(
                name: "requirements",
                table: "plans",
                type: "text[]",
                nullable: false,
                // Plans recorded before this migration have empty sections.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<string>>(
                name: "scope",
                table: "plans",
                type: "text[]",
                nullable: false,
                // Plans recorded before this migration have empty sections.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "search_text",
                table: "plans",
                type: "character varying(551)",
                maxLength: 551,
                nullable: false,
                defaultValue: "");

            // Plans recorded before this migration: searchable by number and title in lower case (no folding in SQL).
            migrationBuilder.Sql("UPDATE plans SET search_text = lower(number || ' ' || title);");

            migrationBuilder.AddColumn<string>(
                name: "signer_name",
                table: "plans",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "signer_title",
                table: "plans",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "slogans",
                table: "plans",
                type: "text[]",
                nullable: false,
                // Plans recorded before this migration have empty sections.
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<string>>(
                name: "subjects",
                table: "plans",
                type: "text[]",
                nullable: false,
                // Plans recorded before this migration have empty sections.
                defaultValueSql: "'{}'");

            migrationBuilder.CreateTable(
                name: "plan_assignments",
                columns: table => new
                {
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    position = table.Column<int>(type: "integer", nullable: false),
                    unit = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    tasks = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_assignments", x => new { x.plan_id, x.id });
                    table.ForeignKey(
                        name: "fk_plan_assignments_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false),
                    uploaded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_plan_attachments_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_legal_bases",
                columns: table => new
                {
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    position = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    date = table.Column<DateOnly>(type: "date", nullable: true),
                    parent_plan_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_legal_bases", x => new { x.plan_id, x.id });
                    table.ForeignKey(
                        name: "fk_plan_legal_bases_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_phases",
                columns: table => new
                {
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    position = table.Column<int>(type: "integer", nullable: false),
                    theme_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    number = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "text", nullable: true),
                    starts = table.Column<DateOnly>(type: "date", nullable: true),
                    ends = table.Column<DateOnly>(type: "date", nullable: true),
                    expected_outputs = table.Column<List<string>>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_phases", x => new { x.plan_id, x.id });
                    table.ForeignKey(
                        name: "fk_plan_phases_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_status_changes",
                columns: table => new
                {
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    from = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    to = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    changed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    changed_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_status_changes", x => new { x.plan_id, x.id });
                    table.ForeignKey(
                        name: "fk_plan_status_changes_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_targets",
                columns: table => new
                {
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    position = table.Column<int>(type: "integer", nullable: false),
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    text = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    unit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    upper_value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: true),
                    baseline_year = table.Column<int>(type: "integer", nullable: true),
                    out_of = table.Column<int>(type: "integer", nullable: true),
                    theme_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    owner_unit = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    owner_person = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    deadline = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_targets", x => new { x.plan_id, x.id });
                    table.ForeignKey(
                        name: "fk_plan_targets_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_themes",
                columns: table => new
                {
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    position = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_themes", x => new { x.plan_id, x.id });
                    table.ForeignKey(
                        name: "fk_plan_themes_plans_plan_id",
                        column: x => x.plan_id,
                        principalTable: "plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_target_shares",
                columns: table => new
                {
                    plan_target_plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_target_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    position = table.Column<int>(type: "integer", nullable: false),
                    unit = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_target_shares", x => new { x.plan_target_plan_id, x.plan_target_id, x.id });
                    table.ForeignKey(
                        name: "fk_plan_target_shares_plan_targets_plan_target_plan_id_plan_ta",
                        columns: x => new { x.plan_target_plan_id, x.plan_target_id },
                        principalTable: "plan_targets",
                        principalColumns: new[] { "plan_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_target_stages",
                columns: table => new
                {
                    plan_target_plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_target_id = table.Column<int>(type: "integer", nullable: false),
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    position = table.Column<int>(type: "integer", nullable: false),
                    value = table.Column<decimal>(type: "numeric(18,4)", precision: 18, scale: 4, nullable: false),
                    due = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_target_stages", x => new { x.plan_target_plan_id, x.plan_target_id, x.id });
                    table.ForeignKey(
                        name: "fk_plan_target_stages_plan_targets_plan_target_plan_id_plan_ta",
                        columns: x => new { x.plan_target_plan_id, x.plan_target_id },
                        principalTable: "plan_targets",
                        principalColumns: new[] { "plan_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_plans_province_code_created_at",
                table: "plans",
                columns: new[] { "province_code", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_attachments_plan_id",
                table: "plan_attachments",
                column: "plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_legal_bases_number",
                table: "plan_legal_bases",
                column: "number");

            migrationBuilder.CreateIndex(
                name: "ix_plan_legal_bases_parent_plan_id",
                table: "plan_legal_bases",
                column: "parent_plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_plan_targets_target_id",
                table: "plan_targets",
                column: "target_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "plan_assignments");

            migrationBuilder.DropTable(
                name: "plan_attachments");

            migrationBuilder.DropTable(
                name: "plan_legal_bases");

            migrationBuilder.DropTable(
                name: "plan_phases");

            migrationBuilder.DropTable(
                name: "plan_status_changes");

            migrationBuilder.DropTable(
                name: "plan_target_shares");

            migrationBuilder.DropTable(
                name: "plan_target_stages");

            migrationBuilder.DropTable(
                name: "plan_themes");

            migrationBuilder.DropTable(
                name: "plan_targets");

            migrationBuilder.DropIndex(
                name: "ix_plans_province_code_created_at",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "award_forms",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "closed_at",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "collective_criteria",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "final_review",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "funding",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "individual_criteria",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "mid_term_review",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "period_end",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "period_notes",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "period_start",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "place",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "purposes",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "recipients",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "requirements",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "scope",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "search_text",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "signer_name",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "signer_title",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "slogans",
                table: "plans");

            migrationBuilder.DropColumn(
                name: "subjects",
                table: "plans");
        }
    }
}
