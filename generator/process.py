"""Settings for sdkgen's own processes (the command line and the validator's worker), never for a
program that imports sdkgen."""

from __future__ import annotations

import gc

__all__ = ["GC_THRESHOLDS", "end_quickly", "tune_gc"]

# The cyclic collector's thresholds (Python's defaults: 700, 10, 10).
GC_THRESHOLDS = (50_000, 100, 100)


def tune_gc() -> None:
    """Have the cyclic garbage collector run seldom.

    Most objects of a run live until it ends (the document, the validator, the model, the files),
    and at the default thresholds the collector scanned them all again and again: about a third of
    a run on the Stripe spec, more than half of ``sdkgen check`` over every revision, a tenth of
    the validator's worker. Collecting seldom costs a few MiB at the peak.
    """
    gc.set_threshold(*GC_THRESHOLDS)


def end_quickly() -> None:
    """Spare the exiting interpreter its last collection over every object of the run.

    At exit Python runs the cyclic collector once more over everything still alive (30 ms after a
    run on the Turso spec, a sixth of it), though the memory is about to go back to the system
    anyway. Frozen objects are left out of it; exit handlers, module teardown and the flushing of
    open files happen as usual.
    """
    gc.freeze()
