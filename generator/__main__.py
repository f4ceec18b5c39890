from generator.cli import run

raise SystemExit(run())
