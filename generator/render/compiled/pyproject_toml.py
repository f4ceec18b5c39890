from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = 'pyproject.toml.jinja'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_distribution = resolve('distribution')
    l_0_version = resolve('version')
    l_0_config = resolve('config')
    l_0_package = resolve('package')
    try:
        t_1 = environment.filters['toml']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'toml' found.")
    pass
    yield '[build-system]\nrequires = ["hatchling>=1.18"]\nbuild-backend = "hatchling.build"\n\n[project]\nname = '
    yield str(t_1((undefined(name='distribution') if l_0_distribution is missing else l_0_distribution)))
    yield '\nversion = '
    yield str(t_1((undefined(name='version') if l_0_version is missing else l_0_version)))
    yield '\ndescription = '
    yield str(t_1(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'description')))
    yield '\nreadme = "README.md"\nrequires-python = ">=3.11"\n'
    if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'license'):
        pass
        yield 'license = { text = '
        yield str(t_1(environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'license')))
        yield ' }\n'
    if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'authors'):
        pass
        yield 'authors = [\n'
        for l_1_author in environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'authors'):
            _loop_vars = {}
            pass
            yield '    { name = '
            yield str(t_1(l_1_author))
            yield ' },\n'
        l_1_author = missing
        yield ']\n'
    yield 'dependencies = [\n    "httpx>=0.27,<1",\n'
    if (environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'models_backend') == 'msgspec'):
        pass
        yield '    "msgspec>=0.18",\n'
    else:
        pass
        yield '    "pydantic>=2.6,<3",\n'
    yield ']\nclassifiers = [\n    "Programming Language :: Python :: 3",\n    "Programming Language :: Python :: 3.11",\n    "Programming Language :: Python :: 3.12",\n    "Programming Language :: Python :: 3.13",\n    "Intended Audience :: Developers",\n    "Operating System :: OS Independent",\n    "Typing :: Typed",\n'
    for l_1_classifier in environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'classifiers'):
        _loop_vars = {}
        pass
        yield '    '
        yield str(t_1(l_1_classifier))
        yield ',\n'
    l_1_classifier = missing
    yield ']\n'
    if environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'urls'):
        pass
        yield '\n[project.urls]\n'
        for (l_1_key, l_1_value) in environment.getattr((undefined(name='config') if l_0_config is missing else l_0_config), 'urls'):
            _loop_vars = {}
            pass
            yield str(t_1(l_1_key))
            yield ' = '
            yield str(t_1(l_1_value))
            yield '\n'
        l_1_key = l_1_value = missing
    yield '\n[tool.hatch.build.targets.wheel]\npackages = ['
    yield str(t_1((undefined(name='package') if l_0_package is missing else l_0_package)))
    yield ']\n'

blocks = {}
debug_info = '6=22&7=24&8=26&11=28&12=31&14=33&16=36&17=40&23=45&37=52&38=56&41=60&44=63&45=66&50=72'