using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WardPlatform.Plans.Migrations
{
    /// <inheritdoc />
    public partial class ComputedTargetSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source",
                table: "plan_targets",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "source",
                table: "plan_targets");
        }
    }
}
