from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'client.py.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_client = resolve('client')
    l_0_api_title = resolve('api_title')
    l_0_docstring = l_0_c = l_0_init = missing
    try:
        t_1 = environment.filters['pyrepr']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'pyrepr' found.")
    pass
    included_template = environment.get_template('_macros.jinja', 'client.py.jinja')._get_default_module(context)
    l_0_docstring = getattr(included_template, 'docstring', missing)
    if l_0_docstring is missing:
        l_0_docstring = undefined(f"the template {included_template.__name__!r} (imported on line 1 in 'client.py.jinja') does not export the requested name 'docstring'", name='docstring')
    context.vars['docstring'] = l_0_docstring
    context.exported_vars.discard('docstring')
    l_0_c = (undefined(name='client') if l_0_client is missing else l_0_client)
    context.vars['c'] = l_0_c
    context.exported_vars.add('c')
    yield '"""The '
    yield str((undefined(name='api_title') if l_0_api_title is missing else l_0_api_title))
    yield ' clients: `'
    yield str(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'sync_name'))
    yield '` and `'
    yield str(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'async_name'))
    yield '`."""\n\nfrom __future__ import annotations\n\n'
    if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'uses_env'):
        pass
        yield 'import os\n'
    yield 'from collections.abc import Mapping\nfrom functools import cached_property\n\nimport httpx\n\nfrom . import resources\nfrom ._runtime import (\n'
    for l_1_name in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'runtime'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(l_1_name)
        yield ',\n'
    l_1_name = missing
    yield ')\nfrom ._version import __version__\n\n__all__ = ['
    l_1_loop = missing
    for l_1_name, l_1_loop in LoopContext(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'exports'), undefined):
        _loop_vars = {}
        pass
        yield str(t_1(l_1_name))
        yield str((', ' if (not environment.getattr(l_1_loop, 'last')) else cond_expr_undefined("the inline if-expression on line 23 in 'client.py.jinja' evaluated to false and no else section was defined.")))
    l_1_loop = l_1_name = missing
    yield ']\n\nDEFAULT_BASE_URL = '
    yield str(t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'base_url')))
    yield '\n'
    def macro(l_1_is_async):
        t_2 = []
        l_1_distribution = resolve('distribution')
        if l_1_is_async is missing:
            l_1_is_async = undefined("parameter 'is_async' was not provided", name='is_async')
        pass
        t_2.append(
            '    def __init__(\n        self,\n        *,\n',
        )
        for l_2_scheme in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'schemes'):
            _loop_vars = {}
            pass
            for l_3_a in environment.getattr(l_2_scheme, 'args'):
                _loop_vars = {}
                pass
                t_2.extend((
                    '        ',
                    str(environment.getattr(l_3_a, 'name')),
                    ': str | None = None,\n',
                ))
            l_3_a = missing
        l_2_scheme = missing
        for l_2_p in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'params'):
            _loop_vars = {}
            pass
            t_2.extend((
                '        ',
                str(environment.getattr(l_2_p, 'arg')),
                ': str | None = None,\n',
            ))
        l_2_p = missing
        t_2.extend((
            '        base_url: str | httpx.URL | None = None,\n        timeout: float | Timeout | None = DEFAULT_TIMEOUT,\n        max_retries: int = DEFAULT_MAX_RETRIES,\n        default_headers: Mapping[str, str] | None = None,\n        http_client: ',
            str(('httpx.AsyncClient' if l_1_is_async else 'httpx.Client')),
            ' | None = None,\n    ) -> None:\n        """Create a client.\n\n        Args:\n',
        ))
        for l_2_scheme in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'schemes'):
            _loop_vars = {}
            pass
            for l_3_a in environment.getattr(l_2_scheme, 'args'):
                _loop_vars = {}
                pass
                t_2.extend((
                    '            ',
                    str(environment.getattr(l_3_a, 'name')),
                    ': ',
                    str(environment.getattr(l_3_a, 'doc')),
                ))
                if environment.getattr(l_3_a, 'env'):
                    pass
                    t_2.extend((
                        '; defaults to the `',
                        str(environment.getattr(l_3_a, 'env')),
                        '` environment variable',
                    ))
                if (not environment.getattr(l_2_scheme, 'required')):
                    pass
                    t_2.append(
                        ' (needed only by some operations)',
                    )
                t_2.append(
                    '.\n',
                )
            l_3_a = missing
        l_2_scheme = missing
        for l_2_p in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'params'):
            _loop_vars = {}
            pass
            t_2.extend((
                '            ',
                str(environment.getattr(l_2_p, 'arg')),
                ': ',
                str((environment.getattr(l_2_p, 'description') or str_join(('The default `', environment.getattr(l_2_p, 'python_name'), '` of every call', )))),
            ))
            if environment.getattr(l_2_p, 'env'):
                pass
                t_2.extend((
                    '; defaults to the `',
                    str(environment.getattr(l_2_p, 'env')),
                    '` environment variable',
                ))
            t_2.append(
                '.\n',
            )
        l_2_p = missing
        t_2.append(
            "            base_url: The API's address",
        )
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'base_url_env'):
            pass
            t_2.extend((
                '; defaults to the `',
                str(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'base_url_env')),
                '` environment variable, then',
            ))
        else:
            pass
            t_2.append(
                '; defaults to',
            )
        t_2.extend((
            ' `',
            str(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'base_url_doc')),
            '`.\n            timeout: The timeout of each request, in seconds or as an `httpx.Timeout`.\n            max_retries: How often a failed request is retried (see the README for which are).\n            default_headers: Headers sent with every request.\n            http_client: An httpx client to use instead of the client\'s own (it is not closed by `close()`).\n        """\n        super().__init__(\n            base_url=base_url',
        ))
        if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'base_url_env'):
            pass
            t_2.extend((
                ' or os.environ.get(',
                str(t_1(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'base_url_env'))),
                ')',
            ))
        t_2.append(
            ' or DEFAULT_BASE_URL,\n            auth={\n',
        )
        for l_2_scheme in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'schemes'):
            l_2_a = missing
            _loop_vars = {}
            pass
            l_2_a = environment.getattr(l_2_scheme, 'args')
            _loop_vars['a'] = l_2_a
            if (environment.getattr(l_2_scheme, 'kind') == 'bearer'):
                pass
                t_2.extend((
                    '                ',
                    str(t_1(environment.getattr(l_2_scheme, 'key'))),
                    ': bearer_auth(',
                    str(environment.getattr(environment.getitem((undefined(name='a') if l_2_a is missing else l_2_a), 0), 'name')),
                    ', arg=',
                    str(t_1(environment.getattr(environment.getitem((undefined(name='a') if l_2_a is missing else l_2_a), 0), 'name'))),
                    ', env=',
                    str(t_1(environment.getattr(environment.getitem((undefined(name='a') if l_2_a is missing else l_2_a), 0), 'env'))),
                ))
                if environment.getattr(l_2_scheme, 'required'):
                    pass
                    t_2.append(
                        ', required=True',
                    )
                t_2.append(
                    '),\n',
                )
            elif (environment.getattr(l_2_scheme, 'kind') == 'basic'):
                pass
                t_2.extend((
                    '                ',
                    str(t_1(environment.getattr(l_2_scheme, 'key'))),
                    ': basic_auth(\n                    ',
                    str(environment.getattr(environment.getitem((undefined(name='a') if l_2_a is missing else l_2_a), 0), 'name')),
                    ',\n                    ',
                    str(environment.getattr(environment.getitem((undefined(name='a') if l_2_a is missing else l_2_a), 1), 'name')),
                    ',\n                    args=(',
                    str(t_1(environment.getattr(environment.getitem((undefined(name='a') if l_2_a is missing else l_2_a), 0), 'name'))),
                    ', ',
                    str(t_1(environment.getattr(environment.getitem((undefined(name='a') if l_2_a is missing else l_2_a), 1), 'name'))),
                    '),\n                    envs=(',
                    str(t_1(environment.getattr(environment.getitem((undefined(name='a') if l_2_a is missing else l_2_a), 0), 'env'))),
                    ', ',
                    str(t_1(environment.getattr(environment.getitem((undefined(name='a') if l_2_a is missing else l_2_a), 1), 'env'))),
                    '),\n',
                ))
                if environment.getattr(l_2_scheme, 'required'):
                    pass
                    t_2.append(
                        '                    required=True,\n',
                    )
                t_2.append(
                    '                ),\n',
                )
            else:
                pass
                t_2.extend((
                    '                ',
                    str(t_1(environment.getattr(l_2_scheme, 'key'))),
                    ': api_key_auth(\n                    ',
                    str(t_1(environment.getattr(l_2_scheme, 'location'))),
                    ',\n                    ',
                    str(t_1(environment.getattr(l_2_scheme, 'param_name'))),
                    ',\n                    ',
                    str(environment.getattr(environment.getitem((undefined(name='a') if l_2_a is missing else l_2_a), 0), 'name')),
                    ',\n                    arg=',
                    str(t_1(environment.getattr(environment.getitem((undefined(name='a') if l_2_a is missing else l_2_a), 0), 'name'))),
                    ',\n                    env=',
                    str(t_1(environment.getattr(environment.getitem((undefined(name='a') if l_2_a is missing else l_2_a), 0), 'env'))),
                    ',\n',
                ))
                if environment.getattr(l_2_scheme, 'required'):
                    pass
                    t_2.append(
                        '                    required=True,\n',
                    )
                t_2.append(
                    '                ),\n',
                )
        l_2_scheme = l_2_a = missing
        t_2.extend((
            '            },\n            security=',
            str(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'default_security')),
            ',\n            client_params={\n',
        ))
        for l_2_p in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'params'):
            _loop_vars = {}
            pass
            t_2.extend((
                '                ',
                str(t_1(environment.getattr(l_2_p, 'python_name'))),
                ': ClientParam(\n                    arg=',
                str(t_1(environment.getattr(l_2_p, 'arg'))),
                ',\n                    env=',
                str(t_1(environment.getattr(l_2_p, 'env'))),
                ',\n                    value=',
                str(environment.getattr(l_2_p, 'arg')),
            ))
            if environment.getattr(l_2_p, 'env'):
                pass
                t_2.extend((
                    ' or os.environ.get(',
                    str(t_1(environment.getattr(l_2_p, 'env'))),
                    ')',
                ))
            t_2.append(
                ',\n                ),\n',
            )
        l_2_p = missing
        t_2.extend((
            '            },\n            timeout=timeout,\n            max_retries=max_retries,\n            default_headers=default_headers,\n            http_client=http_client,\n            user_agent=f"',
            str((undefined(name='distribution') if l_1_distribution is missing else l_1_distribution)),
            '/{__version__} python-httpx",\n        )\n',
        ))
        return concat(t_2)
    context.exported_vars.add('init')
    context.vars['init'] = l_0_init = Macro(environment, macro, 'init', ('is_async',), False, False, False, context.eval_ctx.autoescape)
    yield '\n\nclass '
    yield str(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'sync_name'))
    yield '(SyncAPIClient):\n'
    yield str(context.call((undefined(name='docstring') if l_0_docstring is missing else l_0_docstring), ([str_join(('The synchronous client of the ', (undefined(name='api_title') if l_0_api_title is missing else l_0_api_title), '.', ))] + (([''] + environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'description')) if environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'description') else [])), '    '))
    yield '\n\n'
    yield str(context.call((undefined(name='init') if l_0_init is missing else l_0_init), False))
    yield '\n'
    for l_1_res in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'resources'):
        _loop_vars = {}
        pass
        yield '\n    @cached_property\n    def '
        yield str(environment.getattr(l_1_res, 'attr'))
        yield '(self) -> resources.'
        yield str(environment.getattr(l_1_res, 'class_name'))
        yield ':\n        return resources.'
        yield str(environment.getattr(l_1_res, 'class_name'))
        yield '(self)\n'
    l_1_res = missing
    yield '\n\nclass '
    yield str(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'async_name'))
    yield '(AsyncAPIClient):\n    """The asynchronous client of the '
    yield str((undefined(name='api_title') if l_0_api_title is missing else l_0_api_title))
    yield ': the same surface as `'
    yield str(environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'sync_name'))
    yield '`, awaitable."""\n\n'
    yield str(context.call((undefined(name='init') if l_0_init is missing else l_0_init), True))
    yield '\n'
    for l_1_res in environment.getattr((undefined(name='c') if l_0_c is missing else l_0_c), 'resources'):
        _loop_vars = {}
        pass
        yield '\n    @cached_property\n    def '
        yield str(environment.getattr(l_1_res, 'attr'))
        yield '(self) -> resources.Async'
        yield str(environment.getattr(l_1_res, 'class_name'))
        yield ':\n        return resources.Async'
        yield str(environment.getattr(l_1_res, 'class_name'))
        yield '(self)\n'
    l_1_res = missing

blocks = {}
debug_info = '1=20&2=26&3=30&7=36&17=40&18=44&23=49&25=56&26=58&30=67&31=70&32=75&35=80&36=85&42=91&47=94&48=97&49=102&52=123&53=128&55=146&62=163&64=173&65=177&66=179&67=183&68=199&69=203&70=205&71=207&72=209&73=213&74=218&79=230&80=232&81=234&82=236&83=238&84=240&85=243&92=254&94=257&95=262&96=264&97=266&98=268&106=283&111=290&112=292&114=294&115=296&118=300&119=304&123=308&124=310&126=314&127=316&130=320&131=324'