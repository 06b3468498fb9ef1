using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WardPlatform.Reports.Migrations
{
    /// <inheritdoc />
    public partial class ProvinceCategories : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ward_override",
                table: "categories",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // A ward's category that already differs from the defaults it was seeded with was edited by the ward: it stays its own.
            migrationBuilder.Sql("""
                UPDATE categories SET ward_override = true
                WHERE (code, name, unit, deadline_days, active) NOT IN (VALUES
                    ('lan-chiem', 'Lấn chiếm lòng đường, vỉa hè', 'Phòng Kinh tế - Hạ tầng - Đô thị', 5, true),
                    ('quang-cao', 'Quảng cáo, rao vặt trái phép', 'Phòng Kinh tế - Hạ tầng - Đô thị', 5, true),
                    ('ve-sinh', 'Vệ sinh môi trường, rác thải', 'Phòng Kinh tế - Hạ tầng - Đô thị', 3, true),
                    ('xay-dung', 'Xây dựng trái phép', 'Phòng Kinh tế - Hạ tầng - Đô thị', 10, true),
                    ('dat-dai', 'Sử dụng đất sai mục đích', 'Phòng Kinh tế - Hạ tầng - Đô thị', 15, true),
                    ('an-ninh', 'Điểm nóng an ninh trật tự', 'Công an phường', 3, true),
                    ('ma-tuy', 'Ma túy', 'Công an phường', 3, true),
                    ('pccc-nha-tro', 'Phòng cháy chữa cháy nhà trọ', 'Công an phường', 5, true),
                    ('khac', 'Khác', 'Văn phòng HĐND và UBND', 10, true));
                """);

            migrationBuilder.CreateTable(
                name: "province_categories",
                columns: table => new
                {
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    unit = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    deadline_days = table.Column<int>(type: "integer", nullable: false),
                    active = table.Column<bool>(type: "boolean", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_province_categories", x => new { x.tenant_code, x.code });
                });

            migrationBuilder.CreateIndex(
                name: "ix_categories_province_code_code",
                table: "categories",
                columns: new[] { "province_code", "code" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "province_categories");

            migrationBuilder.DropIndex(
                name: "ix_categories_province_code_code",
                table: "categories");

            migrationBuilder.DropColumn(
                name: "ward_override",
                table: "categories");
        }
    }
}
