using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WardPlatform.Commendations.Migrations
{
    /// <inheritdoc />
    public partial class UnitTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "min_target_share",
                table: "award_rules",
                type: "numeric(5,4)",
                precision: 5,
                scale: 4,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "unit_targets",
                columns: table => new
                {
                    target_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    owner_unit = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    owner_folded = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_targets", x => x.target_id);
                });

            migrationBuilder.UpdateData(
                table: "award_rules",
                keyColumn: "id",
                keyValue: new Guid("0000000a-0000-0000-0000-000000000001"),
                column: "min_target_share",
                value: null);

            migrationBuilder.UpdateData(
                table: "award_rules",
                keyColumn: "id",
                keyValue: new Guid("0000000a-0000-0000-0000-000000000002"),
                column: "min_target_share",
                value: null);

            migrationBuilder.UpdateData(
                table: "award_rules",
                keyColumn: "id",
                keyValue: new Guid("0000000a-0000-0000-0000-000000000003"),
                column: "min_target_share",
                value: null);

            migrationBuilder.UpdateData(
                table: "award_rules",
                keyColumn: "id",
                keyValue: new Guid("0000000a-0000-0000-0000-000000000004"),
                column: "min_target_share",
                value: null);

            migrationBuilder.UpdateData(
                table: "award_rules",
                keyColumn: "id",
                keyValue: new Guid("0000000a-0000-0000-0000-000000000005"),
                column: "min_target_share",
                value: null);

            migrationBuilder.UpdateData(
                table: "award_rules",
                keyColumn: "id",
                keyValue: new Guid("0000000a-0000-0000-0000-000000000006"),
                columns: new[] { "criteria", "min_target_share" },
                values: new object[] { "Mọi thành viên hoàn thành nhiệm vụ, ít nhất 70% đạt Lao động tiên tiến, không ai bị kỷ luật từ cảnh cáo trở lên; hoàn thành các chỉ tiêu được giao.", 1m });

            migrationBuilder.UpdateData(
                table: "award_rules",
                keyColumn: "id",
                keyValue: new Guid("0000000a-0000-0000-0000-000000000007"),
                column: "min_target_share",
                value: null);

            migrationBuilder.UpdateData(
                table: "award_rules",
                keyColumn: "id",
                keyValue: new Guid("0000000a-0000-0000-0000-000000000008"),
                column: "min_target_share",
                value: null);

            migrationBuilder.UpdateData(
                table: "award_rules",
                keyColumn: "id",
                keyValue: new Guid("0000000a-0000-0000-0000-000000000009"),
                column: "min_target_share",
                value: null);

            migrationBuilder.UpdateData(
                table: "award_rules",
                keyColumn: "id",
                keyValue: new Guid("0000000a-0000-0000-0000-000000000010"),
                column: "min_target_share",
                value: null);

            migrationBuilder.UpdateData(
                table: "award_rules",
                keyColumn: "id",
                keyValue: new Guid("0000000a-0000-0000-0000-000000000011"),
                columns: new[] { "criteria", "min_target_share" },
                values: new object[] { "Đạt Tập thể lao động tiên tiến, có sáng tạo, vượt khó; hoàn thành các chỉ tiêu được giao; đề nghị lên tỉnh.", 1m });

            migrationBuilder.UpdateData(
                table: "award_rules",
                keyColumn: "id",
                keyValue: new Guid("0000000a-0000-0000-0000-000000000012"),
                column: "min_target_share",
                value: null);

            migrationBuilder.CreateIndex(
                name: "ix_unit_targets_tenant_code_owner_folded",
                table: "unit_targets",
                columns: new[] { "tenant_code", "owner_folded" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "unit_targets");

            migrationBuilder.DropColumn(
                name: "min_target_share",
                table: "award_rules");

            migrationBuilder.UpdateData(
                table: "award_rules",
                keyColumn: "id",
                keyValue: new Guid("0000000a-0000-0000-0000-000000000006"),
                column: "criteria",
                value: "Mọi thành viên hoàn thành nhiệm vụ, ít nhất 70% đạt Lao động tiên tiến, không ai bị kỷ luật từ cảnh cáo trở lên.");

            migrationBuilder.UpdateData(
                table: "award_rules",
                keyColumn: "id",
                keyValue: new Guid("0000000a-0000-0000-0000-000000000011"),
                column: "criteria",
                value: "Đạt Tập thể lao động tiên tiến, có sáng tạo, vượt khó; đề nghị lên tỉnh.");
        }
    }
}
