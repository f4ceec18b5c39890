"""Hand-written code for `turso_platform_api`.

sdkgen writes this file once and never touches this folder again: regeneration neither overwrites nor
deletes anything under `turso_platform_api/custom/`. Put helpers, subclasses and conveniences here; import
them as `from turso_platform_api.custom import ...`. More such paths can be listed in the generator
config (`[output] preserve = ["..."]`).
"""
