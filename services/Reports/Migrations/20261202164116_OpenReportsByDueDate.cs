using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WardPlatform.Reports.Migrations
{
    /// <inheritdoc />
    public partial class OpenReportsByDueDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_reports_tenant_code_due_on",
                table: "reports",
                columns: new[] { "tenant_code", "due_on" },
                filter: "status IN ('Received', 'Assigned', 'InProgress')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_reports_tenant_code_due_on",
                table: "reports");
        }
    }
}
