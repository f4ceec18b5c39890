from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'custom_init.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_package = resolve('package')
    pass
    yield '"""Hand-written code for `'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '`.\n\nsdkgen writes this file once and never touches this folder again: regeneration neither overwrites nor\ndeletes anything under `'
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '/custom/`. Put helpers, subclasses and conveniences here; import\nthem as `from '
    yield str((undefined(name='package') if l_0_package is missing else l_0_package))
    yield '.custom import ...`. More such paths can be listed in the generator\nconfig (`[output] preserve = ["..."]`).\n"""\n'

blocks = {}
debug_info = '1=13&4=15&5=17'