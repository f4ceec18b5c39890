"""Hand-written code for `acme_turso`.

sdkgen writes this file once and never touches this folder again: regeneration neither overwrites nor
deletes anything under `acme_turso/custom/`. Put helpers, subclasses and conveniences here; import
them as `from acme_turso.custom import ...`. More such paths can be listed in the generator
config (`[output] preserve = ["..."]`).
"""
