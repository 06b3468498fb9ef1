// The plan page while the targets service registers an issued plan's board (from PlanIssued, a moment after
// "Ban hành"): polls the board through the gateway's API with the session cookie, shows "đã có N/M", and once
// all M targets are there puts the server-rendered board in place of the message, without reloading the page.
// Without JavaScript the message stays and a reload shows the board.
import { wardFetch } from "./api.js";

const pollEvery = 1500;
const giveUpAfter = 60000;

const progress = document.getElementById("board-progress");
if (progress) watch(progress);

function watch(progress) {
    const plan = progress.dataset.plan;
    const expected = Number(progress.dataset.expected);
    const started = Date.now();

    const poll = async () => {
        const registered = await registeredCount(plan);
        if (registered !== null && registered >= expected && await showBoard(plan)) return;
        if (registered !== null) progress.textContent = `Đang đăng ký chỉ tiêu… (đã có ${registered}/${expected})`;
        if (Date.now() - started >= giveUpAfter) {
            progress.textContent = "Chưa đăng ký xong bảng chỉ tiêu. Hãy tải lại trang sau ít phút.";
            progress.classList.add("error");
            return;
        }
        setTimeout(poll, pollEvery);
    };
    setTimeout(poll, pollEvery);
}

// The board's target count; 0 while the targets service has not recorded the plan (404), null when unknown.
async function registeredCount(plan) {
    try {
        const response = await wardFetch(`/api/targets/plans/${plan}/board`, { headers: { Accept: "application/json" } });
        if (response.status === 404) return 0;
        if (!response.ok) return null;
        return (await response.json()).targetCount ?? 0;
    } catch {
        return null;
    }
}

// The page as the server renders it now, board included: its board section replaces ours.
async function showBoard(plan) {
    try {
        const response = await fetch(`/plans/${plan}`, { credentials: "same-origin" });
        if (!response.ok) return false;
        const page = new DOMParser().parseFromString(await response.text(), "text/html");
        const fresh = page.getElementById("board-section");
        const current = document.getElementById("board-section");
        if (!fresh || !current || fresh.querySelector("#board-progress")) return false;
        current.replaceWith(document.importNode(fresh, true));
        return true;
    } catch {
        return false;
    }
}
