using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WardPlatform.Targets.Migrations
{
    /// <inheritdoc />
    public partial class ReportFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_facts",
                columns: table => new
                {
                    report_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    category_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    resolved_on = table.Column<DateOnly>(type: "date", nullable: true),
                    on_time = table.Column<bool>(type: "boolean", nullable: true),
                    received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    verified_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_facts", x => x.report_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_report_facts_province_code_resolved_on",
                table: "report_facts",
                columns: new[] { "province_code", "resolved_on" });

            migrationBuilder.CreateIndex(
                name: "ix_report_facts_tenant_code_resolved_on",
                table: "report_facts",
                columns: new[] { "tenant_code", "resolved_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_facts");
        }
    }
}
