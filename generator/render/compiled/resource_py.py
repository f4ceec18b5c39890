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
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'deprecated'):
        pass
        yield 'import warnings\n'
    for l_1_module in environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'modules'):
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
    yield '\nfrom .._runtime import (\n    NOT_GIVEN,\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'paginated'):
        pass
        yield '    AsyncPaginator,\n'
    yield '    AsyncAPIResource,\n    Body,\n    FileTypes,\n    Headers,\n    NotGiven,\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'paginated'):
        pass
        yield '    PageNumberPagination,\n    SyncPage,\n'
    yield '    Query,\n    SyncAPIResource,\n    Timeout,\n    async_to_raw_response_wrapper,\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'streaming'):
        pass
        yield '    async_to_streamed_response_wrapper,\n'
    yield '    make_request_options,\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'styled'):
        pass
        yield '    styled,\n'
    yield '    to_raw_response_wrapper,\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'streaming'):
        pass
        yield '    to_streamed_response_wrapper,\n'
    yield ')\n'
    if environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'models'):
        pass
        yield 'from ..models import '
        l_1_loop = missing
        for l_1_m, l_1_loop in LoopContext(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'models'), undefined):
            _loop_vars = {}
            pass
            yield str(environment.getattr(l_1_m, 'name'))
            if environment.getattr(l_1_m, 'alias'):
                pass
                yield ' as '
                yield str(environment.getattr(l_1_m, 'alias'))
            yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 49 in 'resource.py.jinja' evaluated to false and no else section was defined.")))
        l_1_loop = l_1_m = missing
    yield '\n__all__ = ['
    yield str(t_2(environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'class_name')))
    yield ', '
    yield str(t_2(str_join(('Async', environment.getattr((undefined(name='r') if l_0_r is missing else l_0_r), 'class_name'), ))))
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
                str(('return ' if (environment.getattr(l_1_m, 'response_type') != 'None') else cond_expr_undefined("the inline if-expression on line 148 in 'resource.py.jinja' evaluated to false and no else section was defined."))),
                str(('await ' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 148 in 'resource.py.jinja' evaluated to false and no else section was defined."))),
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
            yield str(('async_' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 182 in 'resource.py.jinja' evaluated to false and no else section was defined.")))
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
                yield str(('async_' if l_1_is_async else cond_expr_undefined("the inline if-expression on line 190 in 'resource.py.jinja' evaluated to false and no else section was defined.")))
                yield 'to_streamed_response_wrapper(resource.'
                yield str(environment.getattr(l_2_m, 'name'))
                yield ')\n'
            l_2_m = missing
    l_1_is_async = l_1_prefix = missing

blocks = {}
debug_info = '1=38&2=50&3=54&7=58&10=61&11=65&14=69&15=72&20=75&28=79&36=83&40=87&44=91&48=95&49=99&52=110&54=114&55=121&56=123&57=126&59=131&60=136&64=160&65=163&66=167&67=170&68=175&73=202&74=204&75=206&76=210&77=213&78=217&80=224&81=226&83=229&85=234&86=239&89=248&91=253&92=258&97=272&98=281&102=290&103=299&108=308&110=312&111=314&112=316&113=318&115=320&116=322&118=329&119=332&120=336&123=339&124=343&135=353&136=362&137=364&138=367&139=371&141=374&142=379&143=381&145=385&148=394&150=399&154=406&155=410&158=413&159=418&162=420&164=423&165=426&168=429&171=432&173=435&175=439&179=443&180=446&181=449&182=453&184=460&187=463&188=466&189=469&190=477'