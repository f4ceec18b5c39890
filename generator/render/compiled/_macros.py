from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_macros.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_docstring = l_0_signature = l_0_return_type = l_0_mapping = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    pass
    def macro(l_1_lines, l_1_indent):
        t_3 = []
        if l_1_lines is missing:
            l_1_lines = undefined("parameter 'lines' was not provided", name='lines')
        if l_1_indent is missing:
            l_1_indent = ''
        pass
        if l_1_lines:
            pass
            if (t_1(l_1_lines) == 1):
                pass
                t_3.extend((
                    str(l_1_indent),
                    '"""',
                    str(environment.getitem(l_1_lines, 0)),
                    '"""\n',
                ))
            else:
                pass
                t_3.extend((
                    str(l_1_indent),
                    '"""',
                    str(environment.getitem(l_1_lines, 0)),
                    '\n',
                ))
                for l_2_line in l_1_lines[1:]:
                    _loop_vars = {}
                    pass
                    if l_2_line:
                        pass
                        t_3.extend((
                            str(l_1_indent),
                            str(l_2_line),
                        ))
                    t_3.append(
                        '\n',
                    )
                l_2_line = missing
                t_3.extend((
                    str(l_1_indent),
                    '"""\n',
                ))
        return concat(t_3)
    context.exported_vars.add('docstring')
    context.vars['docstring'] = l_0_docstring = Macro(environment, macro, 'docstring', ('lines', 'indent'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_m, l_1_is_async):
        t_4 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        pass
        t_4.extend((
            str(('async ' if (l_1_is_async and (not environment.getattr(l_1_m, 'pagination'))) else cond_expr_undefined("the inline if-expression on line 18 in '_macros.jinja' evaluated to false and no else section was defined."))),
            'def ',
            str(environment.getattr(l_1_m, 'name')),
            '(\n        self,\n',
        ))
        for l_2_p in environment.getattr(l_1_m, 'positional'):
            _loop_vars = {}
            pass
            t_4.extend((
                '        ',
                str(environment.getattr(l_2_p, 'name')),
                ': ',
                str(environment.getattr(l_2_p, 'type')),
                ',\n',
            ))
        l_2_p = missing
        t_4.append(
            '        *,\n',
        )
        for l_2_k in environment.getattr(l_1_m, 'keywords'):
            _loop_vars = {}
            pass
            t_4.extend((
                '        ',
                str(environment.getattr(l_2_k, 'name')),
                ': ',
                str(environment.getattr(l_2_k, 'type')),
            ))
            if environment.getattr(l_2_k, 'default'):
                pass
                t_4.extend((
                    ' = ',
                    str(environment.getattr(l_2_k, 'default')),
                ))
            t_4.append(
                ',\n',
            )
        l_2_k = missing
        t_4.extend((
            '        extra_headers: Headers | None = None,\n        extra_query: Query | None = None,\n        extra_body: Body | None = None,\n        timeout: float | Timeout | None | NotGiven = NOT_GIVEN,\n        max_retries: int | NotGiven = NOT_GIVEN,\n    ) -> ',
            str(context.call((undefined(name='return_type') if l_0_return_type is missing else l_0_return_type), l_1_m, l_1_is_async)),
            ':',
        ))
        return concat(t_4)
    context.exported_vars.add('signature')
    context.vars['signature'] = l_0_signature = Macro(environment, macro, 'signature', ('m', 'is_async'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_m, l_1_is_async):
        t_5 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        pass
        if environment.getattr(l_1_m, 'pagination'):
            pass
            t_5.extend((
                str(('AsyncPaginator' if l_1_is_async else 'SyncPage')),
                '[',
                str(environment.getattr(environment.getattr(l_1_m, 'pagination'), 'item_type')),
                ']',
            ))
        else:
            pass
            t_5.append(
                str(environment.getattr(l_1_m, 'response_type')),
            )
        return concat(t_5)
    context.exported_vars.add('return_type')
    context.vars['return_type'] = l_0_return_type = Macro(environment, macro, 'return_type', ('m', 'is_async'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_items, l_1_value_of):
        t_6 = []
        if l_1_items is missing:
            l_1_items = undefined("parameter 'items' was not provided", name='items')
        if l_1_value_of is missing:
            l_1_value_of = undefined("parameter 'value_of' was not provided", name='value_of')
        pass
        t_6.append(
            '{ ',
        )
        for l_2_item in l_1_items:
            _loop_vars = {}
            pass
            t_6.extend((
                str(t_2(environment.getattr(l_2_item, 'wire'))),
                ': ',
                str(context.call(l_1_value_of, l_2_item, _loop_vars=_loop_vars)),
                ', ',
            ))
        l_2_item = missing
        t_6.append(
            '}',
        )
        return concat(t_6)
    context.exported_vars.add('mapping')
    context.vars['mapping'] = l_0_mapping = Macro(environment, macro, 'mapping', ('items', 'value_of'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=24&3=31&4=33&5=36&7=44&8=49&9=52&12=63&17=70&18=78&20=83&21=88&24=97&25=102&32=118&35=125&36=132&39=149&40=159'