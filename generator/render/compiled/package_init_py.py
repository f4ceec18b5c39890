from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'package_init.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_client = resolve('client')
    l_0_api_title = resolve('api_title')
    l_0_package = resolve('package')
    l_0_runtime = resolve('runtime')
    l_0_exports = resolve('exports')
    l_0_c = missing
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
    l_0_c = (undefined(name='client') if l_0_client is missing else l_0_client)
    context.vars['c'] = l_0_c
    context.exported_vars.add('c')
    yield '"""Python client for the '
    yield str((undefined(name='api_title') if l_0_api_title is missing else l_0_api_title))
    yield '.\n\n    from '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield ' import '
    yield str(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'sync_name'))
    yield '\n\n    client = '
    yield str(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'sync_name'))
    yield '()\n"""\n\nfrom typing import TYPE_CHECKING\n\nfrom ._client import '
    yield str(t_1(context.eval_ctx, environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'classes'), ', '))
    yield '\nfrom ._runtime import (\n'
    for l_1_name in (undefined(name='runtime') if l_0_runtime is missing else l_0_runtime):
        _loop_vars = {}
        pass
        yield '    '
        yield str(l_1_name)
        yield ',\n'
    l_1_name = missing
    yield ')\nfrom ._version import __version__\n\nif TYPE_CHECKING:\n    from . import models\n\n__all__ = [\n'
    for l_1_name in (undefined(name='exports') if l_0_exports is missing else l_0_exports):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_2(l_1_name))
        yield ',\n'
    l_1_name = missing
    yield ']\n\n\ndef __getattr__(name: str) -> object:\n    # `models` is imported when first used (by a call, or here): importing the package stays cheap\n    if name == "models":\n        import importlib\n\n        return importlib.import_module(f"{__name__}.models")\n    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")\n'

blocks = {}
debug_info = '1=29&2=33&4=35&6=39&11=41&13=43&14=47&23=51&24=55'