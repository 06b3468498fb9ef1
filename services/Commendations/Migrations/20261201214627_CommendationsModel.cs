using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace WardPlatform.Commendations.Migrations
{
    /// <inheritdoc />
    public partial class CommendationsModel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "award_rules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    form = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    recipient_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    decided_by_ward = table.Column<bool>(type: "boolean", nullable: false),
                    is_title = table.Column<bool>(type: "boolean", nullable: false),
                    criteria = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    required_parts = table.Column<string>(type: "jsonb", nullable: false),
                    vote_share = table.Column<decimal>(type: "numeric(5,4)", precision: 5, scale: 4, nullable: false),
                    vote_strictly_more = table.Column<bool>(type: "boolean", nullable: false),
                    secret_ballot = table.Column<bool>(type: "boolean", nullable: false),
                    coefficient = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    legal_source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_rules", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "base_salaries",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(14,0)", precision: 14, scale: 0, nullable: false),
                    legal_source = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_base_salaries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "conduct_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    subject_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    subject_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: true),
                    subject_folded = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conduct_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: true),
                    year = table.Column<int>(type: "integer", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    decided_on = table.Column<DateOnly>(type: "date", nullable: false),
                    subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    signer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    signer_title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    base_salary = table.Column<decimal>(type: "numeric(14,0)", precision: 14, scale: 0, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    prize_to_recover = table.Column<decimal>(type: "numeric(16,0)", precision: 16, scale: 0, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "nominations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    form = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    recipient_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    recipient_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recipient_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    recipient_unit = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    nominating_unit = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    achievement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    report_text = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    evidence_links = table.Column<string>(type: "jsonb", nullable: false),
                    meeting_on = table.Column<DateOnly>(type: "date", nullable: false),
                    members = table.Column<int>(type: "integer", nullable: false),
                    present = table.Column<int>(type: "integer", nullable: false),
                    votes_for = table.Column<int>(type: "integer", nullable: false),
                    votes_against = table.Column<int>(type: "integer", nullable: false),
                    votes_abstaining = table.Column<int>(type: "integer", nullable: false),
                    secret_ballot = table.Column<bool>(type: "boolean", nullable: false),
                    recused = table.Column<string>(type: "jsonb", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    appraisal_reasons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    submitted_on = table.Column<DateOnly>(type: "date", nullable: false),
                    appraisal_due = table.Column<DateOnly>(type: "date", nullable: false),
                    resubmit_due = table.Column<DateOnly>(type: "date", nullable: true),
                    appraised_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    submitted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    search_text = table.Column<string>(type: "character varying(700)", maxLength: 700, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_nominations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "number_counters",
                columns: table => new
                {
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sequence = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_number_counters", x => new { x.tenant_code, x.sequence, x.year });
                });

            migrationBuilder.CreateTable(
                name: "objections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    round_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nomination_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sender_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    sender_contact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answer = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    answered_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_objections", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "plans",
                columns: table => new
                {
                    plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    period_start = table.Column<DateOnly>(type: "date", nullable: true),
                    period_end = table.Column<DateOnly>(type: "date", nullable: true),
                    quotas = table.Column<string>(type: "jsonb", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plans", x => x.plan_id);
                });

            migrationBuilder.CreateTable(
                name: "rounds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    plan_id = table.Column<Guid>(type: "uuid", nullable: true),
                    plan_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    occasion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    period_from = table.Column<DateOnly>(type: "date", nullable: false),
                    period_to = table.Column<DateOnly>(type: "date", nullable: false),
                    nominations_due = table.Column<DateOnly>(type: "date", nullable: false),
                    appraisal_due = table.Column<DateOnly>(type: "date", nullable: false),
                    decision_due = table.Column<DateOnly>(type: "date", nullable: false),
                    quotas = table.Column<string>(type: "jsonb", nullable: false),
                    posting_days = table.Column<int>(type: "integer", nullable: false),
                    posted_from = table.Column<DateOnly>(type: "date", nullable: true),
                    posted_until = table.Column<DateOnly>(type: "date", nullable: true),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rounds", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "awards",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nomination_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    form = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    form_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_title = table.Column<bool>(type: "boolean", nullable: false),
                    recipient_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    recipient_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recipient_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    recipient_unit = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    achievement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    coefficient = table.Column<decimal>(type: "numeric(6,3)", precision: 6, scale: 3, nullable: false),
                    prize_amount = table.Column<decimal>(type: "numeric(14,0)", precision: 14, scale: 0, nullable: false),
                    register_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    revoked = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_awards", x => x.id);
                    table.ForeignKey(
                        name: "fk_awards_decisions_decision_id",
                        column: x => x.decision_id,
                        principalTable: "decisions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dossier_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    nomination_id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    province_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    part = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_dossier_files_nominations_nomination_id",
                        column: x => x.nomination_id,
                        principalTable: "nominations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "award_rules",
                columns: new[] { "id", "coefficient", "criteria", "decided_by_ward", "effective_from", "form", "is_title", "legal_source", "name", "province_code", "recipient_kind", "required_parts", "secret_ballot", "vote_share", "vote_strictly_more" },
                values: new object[,]
                {
                    { new Guid("0000000a-0000-0000-0000-000000000001"), 0.3m, "Theo quy định của tỉnh: hoàn thành tốt nhiệm vụ, có thành tích được bình xét.", true, new DateOnly(2025, 7, 1), "giay-khen", false, "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP", "Giấy khen của Chủ tịch UBND phường (cá nhân)", "", "individual", "[\"to-trinh\",\"bien-ban\",\"bao-cao\"]", false, 0.5m, true },
                    { new Guid("0000000a-0000-0000-0000-000000000002"), 0.6m, "Theo quy định của tỉnh: tập thể hoàn thành tốt nhiệm vụ, nội bộ đoàn kết.", true, new DateOnly(2025, 7, 1), "giay-khen", false, "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP", "Giấy khen của Chủ tịch UBND phường (tập thể)", "", "collective", "[\"to-trinh\",\"bien-ban\",\"bao-cao\"]", false, 0.5m, true },
                    { new Guid("0000000a-0000-0000-0000-000000000003"), 0.45m, "Hộ gia đình có đóng góp cho phong trào thi đua của phường.", true, new DateOnly(2025, 7, 1), "giay-khen", false, "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP", "Giấy khen của Chủ tịch UBND phường (hộ gia đình)", "", "household", "[\"to-trinh\",\"bien-ban\",\"bao-cao\"]", false, 0.5m, true },
                    { new Guid("0000000a-0000-0000-0000-000000000004"), 0.3m, "Được đánh giá hoàn thành tốt nhiệm vụ trở lên và tham gia phong trào thi đua.", true, new DateOnly(2025, 7, 1), "lao-dong-tien-tien", true, "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP", "Lao động tiên tiến", "", "individual", "[\"to-trinh\",\"bien-ban\",\"bao-cao\"]", false, 0.5m, true },
                    { new Guid("0000000a-0000-0000-0000-000000000005"), 1.0m, "Đạt Lao động tiên tiến và hoàn thành xuất sắc nhiệm vụ hoặc có sáng kiến được công nhận.", true, new DateOnly(2025, 7, 1), "chien-si-thi-dua-co-so", true, "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP", "Chiến sĩ thi đua cơ sở", "", "individual", "[\"to-trinh\",\"bien-ban\",\"bao-cao\",\"minh-chung\"]", true, 0.8m, false },
                    { new Guid("0000000a-0000-0000-0000-000000000006"), 0.8m, "Mọi thành viên hoàn thành nhiệm vụ, ít nhất 70% đạt Lao động tiên tiến, không ai bị kỷ luật từ cảnh cáo trở lên.", true, new DateOnly(2025, 7, 1), "tap-the-lao-dong-tien-tien", true, "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP", "Tập thể lao động tiên tiến", "", "collective", "[\"to-trinh\",\"bien-ban\",\"bao-cao\"]", false, 0.5m, true },
                    { new Guid("0000000a-0000-0000-0000-000000000007"), 0m, "Tiêu chí gia đình văn hóa theo Nghị định 86/2023/NĐ-CP.", true, new DateOnly(2025, 7, 1), "gia-dinh-van-hoa", true, "Nghị định số 86/2023/NĐ-CP; Nghị định số 152/2025/NĐ-CP", "Gia đình văn hóa", "", "household", "[\"to-trinh\",\"bien-ban\",\"bao-cao\"]", false, 0.5m, true },
                    { new Guid("0000000a-0000-0000-0000-000000000008"), 1.5m, "Tiêu chí tổ dân phố văn hóa theo Nghị định 86/2023/NĐ-CP (mẫu 04, 05, 06).", true, new DateOnly(2025, 7, 1), "to-dan-pho-van-hoa", true, "Nghị định số 86/2023/NĐ-CP; Nghị định số 152/2025/NĐ-CP", "Tổ dân phố / khu phố văn hóa", "", "collective", "[\"to-trinh\",\"bien-ban\",\"bao-cao\"]", false, 0.5m, true },
                    { new Guid("0000000a-0000-0000-0000-000000000009"), 1.5m, "Theo quy định của tỉnh; đề nghị lên tỉnh qua Sở Nội vụ.", false, new DateOnly(2025, 7, 1), "bang-khen-tinh", false, "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP", "Bằng khen của Chủ tịch UBND tỉnh (cá nhân)", "", "individual", "[\"to-trinh\",\"bien-ban\",\"bao-cao\",\"minh-chung\"]", false, 0.5m, true },
                    { new Guid("0000000a-0000-0000-0000-000000000010"), 3.0m, "Theo quy định của tỉnh; đề nghị lên tỉnh qua Sở Nội vụ.", false, new DateOnly(2025, 7, 1), "bang-khen-tinh", false, "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP", "Bằng khen của Chủ tịch UBND tỉnh (tập thể)", "", "collective", "[\"to-trinh\",\"bien-ban\",\"bao-cao\",\"minh-chung\"]", false, 0.5m, true },
                    { new Guid("0000000a-0000-0000-0000-000000000011"), 1.5m, "Đạt Tập thể lao động tiên tiến, có sáng tạo, vượt khó; đề nghị lên tỉnh.", false, new DateOnly(2025, 7, 1), "tap-the-lao-dong-xuat-sac", true, "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP", "Tập thể lao động xuất sắc", "", "collective", "[\"to-trinh\",\"bien-ban\",\"bao-cao\",\"minh-chung\"]", false, 0.5m, true },
                    { new Guid("0000000a-0000-0000-0000-000000000012"), 0m, "Ba lần liên tục Chiến sĩ thi đua cơ sở và có sáng kiến ảnh hưởng cấp tỉnh; đề nghị lên tỉnh.", false, new DateOnly(2025, 7, 1), "chien-si-thi-dua-cap-tinh", true, "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP", "Chiến sĩ thi đua cấp tỉnh", "", "individual", "[\"to-trinh\",\"bien-ban\",\"bao-cao\",\"minh-chung\"]", true, 0.9m, false }
                });

            migrationBuilder.InsertData(
                table: "base_salaries",
                columns: new[] { "id", "amount", "effective_from", "legal_source", "province_code" },
                values: new object[,]
                {
                    { new Guid("0000000b-0000-0000-0000-000000000001"), 2340000m, new DateOnly(2024, 7, 1), "Nghị định số 73/2024/NĐ-CP", "" },
                    { new Guid("0000000b-0000-0000-0000-000000000002"), 2530000m, new DateOnly(2026, 7, 1), "Mức lương cơ sở từ 01/07/2026 (chưa xác nhận văn bản)", "" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_award_rules_province_code_form_recipient_kind_effective_from",
                table: "award_rules",
                columns: new[] { "province_code", "form", "recipient_kind", "effective_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_awards_decision_id",
                table: "awards",
                column: "decision_id");

            migrationBuilder.CreateIndex(
                name: "ix_awards_tenant_code_year",
                table: "awards",
                columns: new[] { "tenant_code", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_base_salaries_province_code_effective_from",
                table: "base_salaries",
                columns: new[] { "province_code", "effective_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_conduct_records_tenant_code_subject_folded",
                table: "conduct_records",
                columns: new[] { "tenant_code", "subject_folded" });

            migrationBuilder.CreateIndex(
                name: "ix_decisions_round_id",
                table: "decisions",
                column: "round_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_decisions_tenant_code_year_sequence",
                table: "decisions",
                columns: new[] { "tenant_code", "year", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_dossier_files_nomination_id",
                table: "dossier_files",
                column: "nomination_id");

            migrationBuilder.CreateIndex(
                name: "ix_nominations_round_id_state",
                table: "nominations",
                columns: new[] { "round_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_nominations_tenant_code_state_appraisal_due",
                table: "nominations",
                columns: new[] { "tenant_code", "state", "appraisal_due" });

            migrationBuilder.CreateIndex(
                name: "ix_objections_round_id",
                table: "objections",
                column: "round_id");

            migrationBuilder.CreateIndex(
                name: "ix_plans_tenant_code",
                table: "plans",
                column: "tenant_code");

            migrationBuilder.CreateIndex(
                name: "ix_rounds_posted_until",
                table: "rounds",
                column: "posted_until");

            migrationBuilder.CreateIndex(
                name: "ix_rounds_tenant_code",
                table: "rounds",
                column: "tenant_code");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "award_rules");

            migrationBuilder.DropTable(
                name: "awards");

            migrationBuilder.DropTable(
                name: "base_salaries");

            migrationBuilder.DropTable(
                name: "conduct_records");

            migrationBuilder.DropTable(
                name: "dossier_files");

            migrationBuilder.DropTable(
                name: "number_counters");

            migrationBuilder.DropTable(
                name: "objections");

            migrationBuilder.DropTable(
                name: "plans");

            migrationBuilder.DropTable(
                name: "rounds");

            migrationBuilder.DropTable(
                name: "decisions");

            migrationBuilder.DropTable(
                name: "nominations");
        }
    }
}
