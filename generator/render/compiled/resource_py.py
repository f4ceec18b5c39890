from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'resource.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_resource = resolve('resource')
    l_0_api_title = resolve('api_title')
    l_0_docstring = l_0_signature = l_0_return_type = l_0_r = l_0_request_args = l_0_method = missing
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
    try:
        t_3 = environment.filters['replace']
    except KeyError:
        @internalcode
        def t_3(*unused):
            raise TemplateRuntimeError("No filter named 'replace' found.")
    try:
        t_4 = environment.tests['none']
    except KeyError:
        @internalcode
        def t_4(*unused):
            raise TemplateRuntimeError("No test named 'none' found.")
    pass
    included_template = environment.get_template('_macros.jinja', 'resource.py.jinja')._get_default_module(context)
    l_0_docstring = getattr(included_template, 'docstring', missing)
    if l_0_docstring is missing:
        l_0_docstring = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'resource.py.jinja') does not export the requested name 'docstring'", name='docstring')
    l_0_signature = getattr(included_template, 'signature', missing)
    if l_0_signature is missing:
        l_0_signature = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'resource.py.jinja') does not export the requested name 'signature'", name='signature')
    l_0_return_type = getattr(included_template, 'return_type', missing)
    if l_0_return_type is missing:
        l_0_return_type = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'resource.py.jinja') does not export the requested name 'return_type'", name='return_type')
    context.vars.update({'docstring': l_0_docstring, 'signature': l_0_signature, 'return_type': l_0_return_type})
    context.exported_vars.difference_update(('docstring', 'signature', 'return_type'))
    l_0_r = (undefined(name='resource') if l_0_resource is missing else l_0_resource)
    context.vars['r'] = l_0_r
    context.exported_vars.add('r')
    yield '"""The `'
    yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'attr'))
    yield '` resource of the '
    yield str((undefined(name='api_title') if l_0_api_title is missing else l_0_api_title))
    yield '."""\n\nfrom __future__ import annotations\n\n'
    for l_1_module in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'stdlib'):
        _loop_vars = {}
        pass
        yield 'import '
        yield str(l_1_module)
        yield '\n'
    l_1_module = missing
    yield 'from functools import cached_property\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'typing'):
        pass
        yield 'from typing import '
        yield str(t_1(context.eval_ctx, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'typing'), ', '))
        yield '\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'third_party'):
        pass
        yield '\n'
        for l_1_module in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'third_party'):
            _loop_vars = {}
            pass
            yield 'import '
            yield str(l_1_module)
            yield '\n'
        l_1_module = missing
    yield '\nfrom .._runtime import (\n'
    for l_1_name in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'runtime'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(l_1_name)
        yield ',\n'
    l_1_name = missing
    yield ')\n'
    for l_1_i in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'model_imports'):
        _loop_vars = {}
        pass
        if environment.getattr(l_1_i, 'inline'):
            pass
            yield 'from ..models import '
            yield str(environment.getattr(l_1_i, 'inline'))
            yield '\n'
        else:
            pass
            yield 'from ..models import (\n'
            for l_2_name in environment.getattr(l_1_i, 'names'):
                _loop_vars = {}
                pass
                yield '    '
                yield str(l_2_name)
                yield ',\n'
            l_2_name = missing
            yield ')\n'
    l_1_i = missing
    yield '\n__all__ = ['
    l_1_loop = missing
    for l_1_name, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'exports'), undefined):
        _loop_vars = {}
        pass
        yield str(t_2(l_1_name))
        yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 38 in 'resource.py.jinja' evaluated to false and no else section was defined.")))
    l_1_loop = l_1_name = missing
    yield ']\n\n'
    def macro(l_1_m):
        t_5 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        pass
        t_5.extend((
            '            ',
            str(t_2(environment.getattr(l_1_m, 'http_method'))),
            ',\n            ',
            str(t_2(environment.getattr(l_1_m, 'path'))),
            ',\n',
        ))
        if environment.getattr(l_1_m, 'path_params'):
            pass
            t_5.append(
                '            path_params={\n',
            )
            for l_2_p in environment.getattr(l_1_m, 'path_params'):
                _loop_vars = {}
                pass
                t_5.extend((
                    '                ',
                    str(t_2(environment.getattr(l_2_p, 'wire'))),
                    ': ',
                ))
                if environment.getattr(l_2_p, 'bound'):
                    pass
                    t_5.extend((
                        'self._client.client_param(',
                        str(t_2(environment.getattr(l_2_p, 'name'))),
                        ', ',
                        str(environment.getattr(l_2_p, 'name')),
                        ')',
                    ))
                else:
                    pass
                    t_5.append(
                        str(environment.getattr(l_2_p, 'name')),
                    )
                t_5.append(
                    ',\n',
                )
            l_2_p = missing
            t_5.append(
                '            },\n',
            )
        for (l_2_group, l_2_items) in [('query', environment.getattr(l_1_m, 'query')), ('headers', environment.getattr(l_1_m, 'headers')), ('cookies', environment.getattr(l_1_m, 'cookies'))]:
            _loop_vars = {}
            pass
            if l_2_items:
                pass
                t_5.extend((
                    '            ',
                    str(l_2_group),
                    '={\n',
                ))
                for l_3_p in l_2_items:
                    _loop_vars = {}
                    pass
                    t_5.extend((
                        '                ',
                        str(t_2(environment.getattr(l_3_p, 'wire'))),
                        ': ',
                    ))
                    if environment.getattr(l_3_p, 'style'):
                        pass
                        t_5.extend((
                            'styled(',
                            str(environment.getattr(l_3_p, 'name')),
                            ', ',
                            str(t_2(environment.getitem(environment.getattr(l_3_p, 'style'), 0))),
                            ', ',
                            str(environment.getitem(environment.getattr(l_3_p, 'style'), 1)),
                            ')',
                        ))
                    else:
                        pass
                        t_5.append(
                            str(environment.getattr(l_3_p, 'name')),
                        )
                    t_5.append(
                        ',\n',
                    )
                l_3_p = missing
                t_5.append(
                    '            },\n',
                )
        l_2_group = l_2_items = missing
        if environment.getattr(l_1_m, 'body'):
            pass
            if environment.getattr(environment.getattr(l_1_m, 'body'), 'whole'):
                pass
                if (environment.getattr(environment.getattr(l_1_m, 'body'), 'encoding') == 'json'):
                    pass
                    t_5.extend((
                        '            json=',
                        str(environment.getattr(environment.getattr(l_1_m, 'body'), 'whole')),
                        ',\n',
                    ))
                elif (environment.getattr(environment.getattr(l_1_m, 'body'), 'encoding') in ('form', 'multipart')):
                    pass
                    t_5.extend((
                        '            form=',
                        str(environment.getattr(environment.getattr(l_1_m, 'body'), 'whole')),
                        ',\n',
                    ))
                else:
                    pass
                    t_5.extend((
                        '            content=',
                        str(environment.getattr(environment.getattr(l_1_m, 'body'), 'whole')),
                        ',\n            content_type=',
                        str(t_2(environment.getattr(environment.getattr(l_1_m, 'body'), 'content_type'))),
                        ',\n',
                    ))
            elif (environment.getattr(environment.getattr(l_1_m, 'body'), 'encoding') == 'json'):
                pass
                t_5.append(
                    '            json={\n',
                )
                for l_2_f in environment.getattr(environment.getattr(l_1_m, 'body'), 'fields'):
                    _loop_vars = {}
                    pass
                    t_5.extend((
                        '                ',
                        str(t_2(environment.getattr(l_2_f, 'wire'))),
                        ': ',
                        str(environment.getattr(l_2_f, 'name')),
                        ',\n',
                    ))
                l_2_f = missing
                t_5.append(
                    '            },\n',
                )
            elif (environment.getattr(environment.getattr(l_1_m, 'body'), 'encoding') == 'form'):
                pass
                t_5.append(
                    '            form={\n',
                )
                for l_2_f in environment.getattr(environment.getattr(l_1_m, 'body'), 'fields'):
                    _loop_vars = {}
                    pass
                    t_5.extend((
                        '                ',
                        str(t_2(environment.getattr(l_2_f, 'wire'))),
                        ': ',
                        str(environment.getattr(l_2_f, 'name')),
                        ',\n',
                    ))
                l_2_f = missing
                t_5.append(
                    '            },\n',
                )
            else:
                pass
                t_5.append(
                    '            form={\n',
                )
                def t_6(fiter):
                    for l_2_f in fiter:
                        if (not environment.getattr(l_2_f, 'file')):
                            yield l_2_f
                for l_2_f in t_6(environment.getattr(environment.getattr(l_1_m, 'body'), 'fields')):
                    _loop_vars = {}
                    pass
                    t_5.extend((
                        '                ',
                        str(t_2(environment.getattr(l_2_f, 'wire'))),
                        ': ',
                        str(environment.getattr(l_2_f, 'name')),
                        ',\n',
                    ))
                l_2_f = missing
                t_5.append(
                    '            },\n            files={\n',
                )
                def t_7(fiter):
                    for l_2_f in fiter:
                        if environment.getattr(l_2_f, 'file'):
                            yield l_2_f
                for l_2_f in t_7(environment.getattr(environment.getattr(l_1_m, 'body'), 'fields')):
                    _loop_vars = {}
                    pass
                    t_5.extend((
                        '                ',
                        str(t_2(environment.getattr(l_2_f, 'wire'))),
                        ': ',
                        str(environment.getattr(l_2_f, 'name')),
                        ',\n',
                    ))
                l_2_f = missing
                t_5.append(
                    '            },\n',
                )
        if environment.getattr(l_1_m, 'pagination'):
            pass
            t_5.extend((
                '            pagination=PageNumberPagination(\n                items=',
                str(t_2(environment.getattr(environment.getattr(l_1_m, 'pagination'), 'items_attr'))),
                ',\n                page_param=',
                str(t_2(environment.getattr(environment.getattr(l_1_m, 'pagination'), 'page_param'))),
                ',\n                size_param=',
                str(t_2(environment.getattr(environment.getattr(l_1_m, 'pagination'), 'size_param'))),
                ',\n                total_pages=',
                str(t_2(environment.getattr(environment.getattr(l_1_m, 'pagination'), 'total_pages'))),
                ',\n            ),\n            response_type=',
                str(environment.getattr(l_1_m, 'response_type')),
                ',\n            item_type=',
                str(environment.getattr(environment.getattr(l_1_m, 'pagination'), 'item_type')),
                ',\n',
            ))
        else:
            pass
            t_5.extend((
                '            response_type=',
                str(environment.getattr(l_1_m, 'decode_type')),
                ',\n',
            ))
            if (environment.getattr(l_1_m, 'response_kind') != 'json'):
                pass
                t_5.extend((
                    '            response_kind=',
                    str(t_2(environment.getattr(l_1_m, 'response_kind'))),
                    ',\n',
                ))
        if (not t_4(environment.getattr(l_1_m, 'security'))):
            pass
            t_5.extend((
                '            security=',
                str(environment.getattr(l_1_m, 'security')),
                ',\n',
            ))
        t_5.append(
            '            options=make_request_options(\n                extra_headers=extra_headers,\n                extra_query=extra_query,\n                extra_body=extra_body,\n                timeout=timeout,\n                max_retries=max_retries,\n            ),\n',
        )
        return concat(t_5)
    context.exported_vars.add('request_args')
    context.vars['request_args'] = l_0_request_args = Macro(environment, macro, 'request_args', ('m',), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    def macro(l_1_m, l_1_is_async):
        t_8 = []
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        pass
        t_8.extend((
            '    ',
            str(context.call((undefined(name='signature') if l_0_signature is missing else l_0_signature), l_1_m, l_1_is_async)),
            '\n',
            str(context.call((undefined(name='docstring') if l_0_docstring is missing else l_0_docstring), environment.getattr(l_1_m, 'doc'), '        ')),
            '\n',
        ))
        if environment.getattr(l_1_m, 'deprecated'):
            pass
            t_8.extend((
                '        warnings.warn(',
                str(t_2(str_join((environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'attr'), '.', environment.getattr(l_1_m, 'name'), '() is deprecated', )))),
                ', DeprecationWarning, stacklevel=2)\n',
            ))
        for l_2_p in environment.getattr(l_1_m, 'deprecated_params'):
            _loop_vars = {}
            pass
            t_8.extend((
                '        if not isinstance(',
                str(l_2_p),
                ', NotGiven):\n            warnings.warn(',
                str(t_2(str_join(('the ', l_2_p, ' argument of ', environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'attr'), '.', environment.getattr(l_1_m, 'name'), '() is deprecated', )))),
                ', DeprecationWarning, stacklevel=2)\n',
            ))
        l_2_p = missing
        if environment.getattr(l_1_m, 'pagination'):
            pass
            t_8.append(
                '        return self._client.request_page(\n',
            )
        else:
            pass
            t_8.extend((
                '        ',
                str(('return ' if (environment.getattr(l_1_m, 'response_type') != 'None') else cond_expr_undefined("the inline if-expression on line 134 in 'resource.py.jinja' evaluated to false and no else section was defined."))),
                str(('await ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 134 in 'resource.py.jinja' evaluated to false and no else section was defined."))),
                'self._client.request(\n',
            ))
        t_8.extend((
            str(context.call((undefined(name='request_args') if l_0_request_args is missing else l_0_request_args), l_1_m)),
            '\n        )\n',
        ))
        return concat(t_8)
    context.exported_vars.add('method')
    context.vars['method'] = l_0_method = Macro(environment, macro, 'method', ('m', 'is_async'), False, False, False, context.eval_ctx.autoescape)
    yield '\n'
    for l_1_is_async in [False, True]:
        l_1_prefix = missing
        _loop_vars = {}
        pass
        l_1_prefix = ('Async' if l_1_is_async else '')
        _loop_vars['prefix'] = l_1_prefix
        yield '\n\nclass '
        yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
        yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'class_name'))
        yield '('
        yield str(((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix) or 'Sync'))
        yield 'APIResource):\n    """Operations on '
        yield str(t_3(context.eval_ctx, environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'attr'), '_', ' '))
        yield '."""\n\n    @cached_property\n    def with_raw_response(self) -> '
        yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
        yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'class_name'))
        yield 'WithRawResponse:\n        """The same methods, returning the raw HTTP response (status, headers) with the parsed body."""\n        return '
        yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
        yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'class_name'))
        yield 'WithRawResponse(self)\n'
        if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'streaming'):
            pass
            yield '\n    @cached_property\n    def with_streaming_response(self) -> '
            yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
            yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'class_name'))
            yield 'WithStreamingResponse:\n        """The methods returning binary data, streaming it: context managers yielding the response\n        with its body unread (`iter_bytes()`, `iter_text()`, `iter_lines()`, `read()`)."""\n        return '
            yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
            yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'class_name'))
            yield 'WithStreamingResponse(self)\n'
        for l_2_m in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'methods'):
            _loop_vars = {}
            pass
            yield '\n'
            yield str(context.call((undefined(name='method') if l_0_method is missing else l_0_method), l_2_m, l_1_is_async, _loop_vars=_loop_vars))
            yield '\n'
        l_2_m = missing
        yield '\n\nclass '
        yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
        yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'class_name'))
        yield 'WithRawResponse:\n    def __init__(self, resource: '
        yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
        yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'class_name'))
        yield ') -> None:\n'
        for l_2_m in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'methods'):
            _loop_vars = {}
            pass
            yield '        self.'
            yield str(environment.getattr(l_2_m, 'name'))
            yield ' = '
            yield str(('async_' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 168 in 'resource.py.jinja' evaluated to false and no else section was defined.")))
            yield 'to_raw_response_wrapper(resource.'
            yield str(environment.getattr(l_2_m, 'name'))
            yield ')\n'
        l_2_m = missing
        if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'streaming'):
            pass
            yield '\n\nclass '
            yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
            yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'class_name'))
            yield 'WithStreamingResponse:\n    def __init__(self, resource: '
            yield str((undefined(name='prefix') if l_1_prefix is missing else l_1_prefix))
            yield str(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'class_name'))
            yield ') -> None:\n'
            def t_9(fiter):
                for l_2_m in fiter:
                    if environment.getattr(l_2_m, 'streaming'):
                        yield l_2_m
            for l_2_m in t_9(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'methods')):
                _loop_vars = {}
                pass
                yield '        self.'
                yield str(environment.getattr(l_2_m, 'name'))
                yield ' = '
                yield str(('async_' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 176 in 'resource.py.jinja' evaluated to false and no else section was defined.")))
                yield 'to_streamed_response_wrapper(resource.'
                yield str(environment.getattr(l_2_m, 'name'))
                yield ')\n'
            l_2_m = missing
    l_1_is_async = l_1_prefix = missing

blocks = {}
debug_info = '1=38&2=50&3=54&7=58&8=62&11=66&12=69&14=71&16=74&17=78&22=82&23=86&26=90&27=93&28=96&31=101&32=105&38=112&40=119&41=126&42=128&43=131&45=136&46=141&50=165&51=168&52=172&53=175&54=180&59=207&60=209&61=211&62=215&63=218&64=222&66=229&67=231&69=234&71=239&72=244&75=253&77=258&78=263&83=277&84=286&88=295&89=304&94=313&96=317&97=319&98=321&99=323&101=325&102=327&104=334&105=337&106=341&109=344&110=348&121=358&122=367&123=369&124=372&125=376&127=379&128=384&129=386&131=390&134=399&136=404&140=411&141=415&144=418&145=423&148=425&150=428&151=431&154=434&157=437&159=440&161=444&165=448&166=451&167=454&168=458&170=465&173=468&174=471&175=474&176=482'