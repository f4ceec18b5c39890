"""``sdkgen diff``: compare the client surfaces generated from two specs and name the semver bump.

- :mod:`generator.diff.surface`: the surface (operations, parameters, return types, models, aliases),
  read from the planner;
- :mod:`generator.diff.match`: which operation and class of one surface is which of the other;
- :mod:`generator.diff.compare`, :mod:`generator.diff.models`, :mod:`generator.diff.rules`: the changes
  and their classification (the rules are listed in :mod:`generator.diff.compare`);
- :mod:`generator.diff.report`: Markdown and JSON;
- :mod:`generator.diff.changelog`: the package's CHANGELOG.md and version over the pinned revisions
  (:func:`generator.diff.changelog.release_for` is what a generated package carries);
- :mod:`generator.diff.sources`: OLD and NEW as paths or revision names, with their configs.
"""
