using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WardPlatform.Targets.Migrations
{
    /// <inheritdoc />
    public partial class IssuedPlanThemes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "themes",
                table: "issued_plans",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "themes",
                table: "issued_plans");
        }
    }
}
