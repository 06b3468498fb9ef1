using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WardPlatform.Directory.Migrations
{
    /// <inheritdoc />
    public partial class MachineClientRegistrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "machine_client_registrations",
                columns: table => new
                {
                    client_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    display_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    created_by_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    created_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_machine_client_registrations", x => x.client_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_machine_client_registrations_province_code",
                table: "machine_client_registrations",
                column: "province_code");

            migrationBuilder.CreateIndex(
                name: "ix_machine_client_registrations_tenant_code",
                table: "machine_client_registrations",
                column: "tenant_code");

            // Machine clients registered before this list existed (the demo's) get their row, so they are listed and revocable.
            migrationBuilder.Sql("""
                INSERT INTO machine_client_registrations (client_id, tenant_code, province_code, display_name, role, created_by_name, created_at)
                SELECT a.client_id, p ->> 'ward_tenant', p ->> 'ward_province', left(coalesce(a.display_name, a.client_id), 100), p ->> 'ward_role',
                       'Đăng ký trước khi có danh sách', now()
                FROM "OpenIddictApplications" a CROSS JOIN LATERAL (SELECT a.properties::jsonb AS p) props
                WHERE a.properties IS NOT NULL AND p ? 'ward_tenant' AND p ? 'ward_province' AND p ? 'ward_role'
                  AND length(a.client_id) <= 64;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "machine_client_registrations");
        }
    }
}
