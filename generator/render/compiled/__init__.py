"""Jinja's Python for each built-in template (see ../precompiled.py), written by
scripts/update-golden: not edited by hand, not linted."""
