#!/usr/bin/python3
"""Optuna's TPE and random samplers on the synthetic surfaces of
src/test/resources/studies/objectives.json, and the table comparing them with our
samplers' results (written by dev.hparamadvisor.studies.sampling.SamplerComparison).

    /usr/bin/python3 scripts/compare_optuna.py --seeds 30 --budget 40 [--first-seed 0] \
        --java target/compare/java.json --out target/compare/optuna.json

Run through scripts/compare-optuna.sh, which runs the Java side first.
"""
import argparse
import json
import math
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OBJECTIVES = ROOT / "src/test/resources/studies/objectives.json"
CHECKPOINTS = (10, 20, 40)


def load():
    return json.loads(OBJECTIVES.read_text())


def coordinate(kind, value):
    if kind == "log10":
        return math.log10(value)
    if kind == "log2":
        return math.log2(value)
    return float(value)


def regret(definition, objective, point):
    """f(point) - 1, as the file's "about" defines f."""
    surface = definition["surface"]
    u = {}
    for name, kind in surface["coordinates"].items():
        d = (coordinate(kind, point[name]) - coordinate(kind, objective["optimum"][name])) / surface["scales"][name]
        if name == "learning_rate" and d > 0:
            d *= math.sqrt(surface["high_lr_steepness"])
        u[name] = d
    q = sum(surface["weights"][n] * u[n] ** 2 for n in u)
    q += sum(i["coefficient"] * u[i["a"]] * u[i["b"]] for i in surface["interactions"])
    if objective["shape"] == "plateau":
        h = surface["plateau_height"]
        return h * (1 - math.exp(-q / h))
    return q


def check(definition):
    by_name = {o["name"]: o for o in definition["objectives"]}
    for c in definition["checks"]:
        got = regret(definition, by_name[c["objective"]], c["point"])
        if abs(got - c["regret"]) > 1e-9 * max(1.0, abs(c["regret"])):
            sys.exit(f"objectives.json check failed for {c['objective']}: {got} != {c['regret']}")


def run_optuna(definition, seeds, budget, first_seed=0):
    import optuna

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    samplers = {
        "optuna-tpe": lambda s: optuna.samplers.TPESampler(seed=s),
        "optuna-random": lambda s: optuna.samplers.RandomSampler(seed=s),
    }
    results = []
    for objective in definition["objectives"]:
        for sampler_name, make in samplers.items():
            for seed in range(first_seed, first_seed + seeds):
                def f(trial):
                    point = {}
                    for d in definition["space"]:
                        if d["kind"] == "float":
                            point[d["name"]] = trial.suggest_float(d["name"], d["min"], d["max"], log=d["log"])
                        else:
                            point[d["name"]] = trial.suggest_int(d["name"], int(d["min"]), int(d["max"]), log=d["log"])
                    return regret(definition, objective, point)

                study = optuna.create_study(sampler=make(seed), direction="minimize")
                study.optimize(f, n_trials=budget)
                best, curve = math.inf, []
                for t in study.trials:
                    best = min(best, t.value)
                    curve.append(best)
                results.append({"sampler": sampler_name, "objective": objective["name"], "seed": seed, "best": curve})
    return results


def quantile(values, q):
    values = sorted(values)
    position = (len(values) - 1) * q
    low = math.floor(position)
    high = math.ceil(position)
    return values[low] + (values[high] - values[low]) * (position - low)


def table(definition, results, budget):
    samplers = ["advised", "tpe", "random", "optuna-tpe", "optuna-random"]
    category = {o["name"]: o["prior"] for o in definition["objectives"]}
    checkpoints = [c for c in CHECKPOINTS if c <= budget]
    lines = []

    def cell(runs, trials):
        values = [r["best"][trials - 1] for r in runs]
        return statistics.median(values), quantile(values, 0.25), quantile(values, 0.75)

    for group in ("informative", "misleading"):
        lines.append(f"\nPrior {group}: median regret (IQR) over all its objectives and seeds")
        lines.append("| sampler | " + " | ".join(f"after {c}" for c in checkpoints) + " |")
        lines.append("|---|" + "---|" * len(checkpoints))
        medians = {}
        for s in samplers:
            runs = [r for r in results if r["sampler"] == s and category[r["objective"]] == group]
            if not runs:
                continue
            cells = []
            for c in checkpoints:
                m, lo, hi = cell(runs, c)
                medians[(s, c)] = m
                cells.append(f"{m:.3f} ({lo:.3f}-{hi:.3f})")
            lines.append(f"| {s} | " + " | ".join(cells) + " |")
        if ("advised", 20) in medians and ("optuna-tpe", 20) in medians and medians[("optuna-tpe", 20)] > 0:
            ratio = medians[("advised", 20)] / medians[("optuna-tpe", 20)]
            target = 0.5 if group == "informative" else 1.5
            verdict = "met" if ratio <= target else "MISSED"
            lines.append(f"\nadvised / optuna-tpe after 20 trials: {ratio:.2f} (target at most {target}): {verdict}")

    lines.append("\nPer objective: median regret after " + "/".join(map(str, checkpoints)) + " trials")
    lines.append("| objective | prior | " + " | ".join(samplers) + " |")
    lines.append("|---|---|" + "---|" * len(samplers))
    for o in definition["objectives"]:
        row = []
        for s in samplers:
            runs = [r for r in results if r["sampler"] == s and r["objective"] == o["name"]]
            row.append("/".join(f"{cell(runs, c)[0]:.3f}" for c in checkpoints) if runs else "-")
        lines.append(f"| {o['name']} | {o['prior']} | " + " | ".join(row) + " |")
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--seeds", type=int, default=30)
    parser.add_argument("--budget", type=int, default=40)
    parser.add_argument("--first-seed", type=int, default=0)
    parser.add_argument("--java", type=Path, help="our samplers' results (SamplerComparison)")
    parser.add_argument("--optuna", type=Path, help="reuse Optuna's results from this file")
    parser.add_argument("--out", type=Path, help="write Optuna's results here")
    args = parser.parse_args()
    definition = load()
    check(definition)
    if args.optuna and args.optuna.exists():
        optuna_results = json.loads(args.optuna.read_text())
    else:
        started = time.monotonic()
        optuna_results = run_optuna(definition, args.seeds, args.budget, args.first_seed)
        print(f"Optuna: {len(optuna_results)} studies in {time.monotonic() - started:.0f} s", file=sys.stderr)
        if args.out:
            args.out.parent.mkdir(parents=True, exist_ok=True)
            args.out.write_text(json.dumps(optuna_results))
    java_results = json.loads(args.java.read_text()) if args.java else []
    print(table(definition, java_results + optuna_results, args.budget))


if __name__ == "__main__":
    main()
