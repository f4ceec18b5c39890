"""Helpers of scripts/bench: child-process measurement, the generator and client benchmarks, the report.

The modules imported by scripts/bench use the standard library only (the bench script may run under any
Python 3.11+); `client_worker.py` and `golden_loop.py` are run as scripts under the project's .venv.
"""
