from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'resources_init.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_api_title = resolve('api_title')
    l_0_resources = resolve('resources')
    l_0_exports = resolve('exports')
    try:
        t_1 = environment.filters['join']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'join' found.")
    try:
        t_2 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    pass
    yield '"""The resources of the '
    yield str((undefined(name='api_title') if l_0_api_title is missing else l_0_api_title))
    yield ': one class per group of operations, sync and async.\n\nEach resource module is imported when one of its classes is first used, so importing the package stays\ncheap however large the API is.\n"""\n\nfrom __future__ import annotations\n\nimport importlib\n'
    if (undefined(name='resources') if l_0_resources is missing else l_0_resources):
        pass
        yield 'from typing import TYPE_CHECKING\n\nif TYPE_CHECKING:\n'
        for l_1_r in (undefined(name='resources') if l_0_resources is missing else l_0_resources):
            _loop_vars = {}
            pass
            yield '    from .'
            yield str(environment.getattr(l_1_r, 'module'))
            yield ' import '
            yield str(t_1(context.eval_ctx, environment.getattr(l_1_r, 'classes'), ', '))
            yield '\n'
        l_1_r = missing
    yield '\n__all__ = [\n'
    for l_1_name in (undefined(name='exports') if l_0_exports is missing else l_0_exports):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_2(l_1_name))
        yield ',\n'
    l_1_name = missing
    yield ']\n\n_MODULES: dict[str, str] = {\n'
    for l_1_r in (undefined(name='resources') if l_0_resources is missing else l_0_resources):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_2(environment.getattr(l_1_r, 'class_name')))
        yield ': '
        yield str(t_2(environment.getattr(l_1_r, 'module')))
        yield ',\n    '
        yield str(t_2(str_join(('Async', environment.getattr(l_1_r, 'class_name'), ))))
        yield ': '
        yield str(t_2(environment.getattr(l_1_r, 'module')))
        yield ',\n'
    l_1_r = missing
    yield '}\n\n\ndef __getattr__(name: str) -> object:\n    module = _MODULES.get(name)\n    if module is None:\n        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n    value = getattr(importlib.import_module(f".{module}", __name__), name)\n    globals()[name] = value\n    return value\n'

blocks = {}
debug_info = '1=27&10=29&14=32&15=36&20=42&21=46&26=50&27=54&28=58'