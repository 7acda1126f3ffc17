"""Render the hazard log (hazard-log.json) as Markdown, and fill the generated parts of the
clinical risk management plan (the risk matrix) and the safety case report (the hazard summary).

    python docs/clinical-safety/render_hazard_log.py          # rewrite the generated files
    python docs/clinical-safety/render_hazard_log.py --check  # exit 1 if any is out of date

hazard-log.json is the one source: tests/unit/test_hazard_log.py checks it (every test named
as evidence exists, every control names code that exists, ratings follow the matrix) and
fails when a file rendered from it is out of date. Standard library only.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LOG = HERE / "hazard-log.json"
LOG_MD = HERE / "hazard-log.md"
PLAN_MD = HERE / "clinical-risk-management-plan.md"
CASE_MD = HERE / "safety-case-report.md"

SEVERITIES = ("Minor", "Significant", "Considerable", "Major", "Catastrophic")
LIKELIHOODS = ("Very low", "Low", "Medium", "High", "Very high")
# MATRIX[likelihood][severity] -> risk rating 1 (lowest) to 5 (highest): the DCB0129 matrix.
MATRIX = {
    "Very high": {"Minor": 3, "Significant": 4, "Considerable": 4, "Major": 5, "Catastrophic": 5},
    "High": {"Minor": 2, "Significant": 3, "Considerable": 3, "Major": 4, "Catastrophic": 5},
    "Medium": {"Minor": 2, "Significant": 2, "Considerable": 3, "Major": 3, "Catastrophic": 4},
    "Low": {"Minor": 1, "Significant": 2, "Considerable": 2, "Major": 3, "Catastrophic": 4},
    "Very low": {"Minor": 1, "Significant": 1, "Considerable": 2, "Major": 2, "Catastrophic": 3},
}
ACCEPTABILITY = {
    1: "Acceptable: no further action required.",
    2: "Acceptable where further risk reduction is impractical or its cost outweighs the benefit.",
    3: "Undesirable: acceptable only with the Clinical Safety Officer's agreement that further reduction is impractical.",
    4: "Unacceptable: controls must be added to reduce the risk.",
    5: "Unacceptable: the hazard must be removed or the risk reduced before release.",
}
ACCEPTABLE_RESIDUAL = 2  # a residual rating above this needs a recorded justification ("acceptance")


def load(path: Path = LOG) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def rating(severity: str, likelihood: str) -> int:
    return MATRIX[likelihood][severity]


def _risk(r: dict) -> str:
    return f"{r['severity']} × {r['likelihood']} → **{r['rating']}**"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def evidence_id(item) -> str:
    return item if isinstance(item, str) else item["test"]


def code_id(item) -> str:
    return item if isinstance(item, str) else item["code"]


def _with_pending(text: str, item) -> str:
    return f"`{text}`" if isinstance(item, str) else f"`{text}` (pending: {item['pending']})"


def render_matrix() -> str:
    lines = ["| Likelihood \\ Severity | " + " | ".join(SEVERITIES) + " |",
             "|---|" + "---|" * len(SEVERITIES)]
    for likelihood in reversed(LIKELIHOODS):
        lines.append(f"| **{likelihood}** | " + " | ".join(str(MATRIX[likelihood][s]) for s in SEVERITIES) + " |")
    lines += ["", "| Rating | Acceptability |", "|---|---|"]
    lines += [f"| {n} | {text} |" for n, text in ACCEPTABILITY.items()]
    return "\n".join(lines)


def render_summary(log: dict) -> str:
    lines = ["| Id | Hazard | Initial | Residual | Controls | Tests | Status |", "|---|---|---|---|---|---|---|"]
    for h in log["hazards"]:
        tests = {evidence_id(e) for c in h["controls"] for e in c["evidence"]}
        lines.append(f"| {h['id']} | {_cell(h['title'])} | {h['initial']['rating']} | {h['residual']['rating']} | "
                     f"{len(h['controls'])} | {len(tests)} | {h['status']} |")
    ratings = [h["residual"]["rating"] for h in log["hazards"]]
    lines += ["", f"{len(ratings)} hazards. Residual ratings: "
              + ", ".join(f"{ratings.count(n)} rated {n}" for n in sorted(set(ratings)))
              + f". Highest residual rating: {max(ratings)}."]
    pending = sorted({evidence_id(e) for h in log["hazards"] for c in h["controls"] for e in c["evidence"]
                      if not isinstance(e, str)})
    if pending:
        lines += ["", "Evidence marked pending (features being built in this release; the hazard log test "
                      "fails if a pending test's file exists without the test):", ""]
        lines += [f"- `{p}`" for p in pending]
    return "\n".join(lines)


def render_trust_actions(log: dict) -> str:
    lines = []
    for h in log["hazards"]:
        lines += [f"- {action} ({h['id']})" for action in h.get("trust_actions", [])]
    return "\n".join(lines)


def render_log(log: dict) -> str:
    out = [f"# {log['title']}", "",
           "<!-- Generated from hazard-log.json by render_hazard_log.py: edit the JSON, then run the script. -->", "",
           f"System: {log['system']} · Log version {log['log_version']} · Release {log['release']} · "
           f"Standard: {log['standard']}.", "",
           "Severity, likelihood, rating and acceptability follow the matrix in "
           "[the clinical risk management plan](clinical-risk-management-plan.md#5-risk-evaluation). "
           "Each control names the code that implements it and the tests that prove it; "
           "`tests/unit/test_hazard_log.py` checks that every one exists.", "",
           "## Summary", "", render_summary(log), ""]
    for h in log["hazards"]:
        out += [f"## {h['id']} — {h['title']}", "",
                f"**Status:** {h['status']} · **Initial risk:** {_risk(h['initial'])} · "
                f"**Residual risk:** {_risk(h['residual'])}", "",
                "**Causes**", ""]
        out += [f"- {cause}" for cause in h["causes"]]
        out += ["", f"**Effect.** {h['effect']}", "", f"**Possible harm.** {h['harm']}", "",
                "**Controls in the software**", ""]
        for n, c in enumerate(h["controls"], start=1):
            out.append(f"{n}. {c['control']}")
            out.append("   - Code: " + ", ".join(_with_pending(code_id(w), w) for w in c["where"]))
            out.append("   - Evidence: " + ", ".join(_with_pending(evidence_id(e), e) for e in c["evidence"]))
        if h.get("trust_actions"):
            out += ["", "**For the deploying trust (DCB0160)**", ""]
            out += [f"- {action}" for action in h["trust_actions"]]
        if h.get("acceptance"):
            out += ["", f"**Residual risk accepted because** {h['acceptance']}"]
        if h.get("notes"):
            out += ["", f"**Notes.** {h['notes']}"]
        out.append("")
    return "\n".join(out)


def fill(text: str, name: str, content: str) -> str:
    """Replace what lies between ``<!-- name:start -->`` and ``<!-- name:end -->``."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    head, rest = text.split(start, 1)
    _old, tail = rest.split(end, 1)
    return f"{head}{start}\n{content}\n{end}{tail}"


def expected_files(log: dict | None = None) -> dict[Path, str]:
    log = log or load()
    return {
        LOG_MD: render_log(log),
        PLAN_MD: fill(PLAN_MD.read_text(encoding="utf-8"), "risk-matrix", render_matrix()),
        CASE_MD: fill(fill(CASE_MD.read_text(encoding="utf-8"), "hazard-summary", render_summary(log)),
                      "trust-actions", render_trust_actions(log)),
    }


def main(argv: list[str]) -> int:
    stale = [path for path, text in expected_files().items()
             if not path.exists() or path.read_text(encoding="utf-8") != text]
    if "--check" in argv:
        for path in stale:
            print(f"{path.name} is out of date: run python {Path(__file__).relative_to(HERE.parent.parent)}")
        return 1 if stale else 0
    for path, text in expected_files().items():
        path.write_text(text, encoding="utf-8")
    print(f"rendered {len(stale)} file(s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
