using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WardPlatform.Targets.Migrations
{
    /// <inheritdoc />
    public partial class ProvinceCode : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "province_code",
                table: "issued_plans",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "province_code",
                table: "issued_plans");
        }
    }
}
