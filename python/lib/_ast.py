# The _ast module: CPython 3.11's AST node classes, and the tree that
# ast.parse() returns.
#
# compile(source, filename, mode, PyCF_ONLY_AST), which ast.parse() calls,
# parses the source with the interpreter's own parser (python/parse.c) and
# gives this module's _build() the tree as ast.dump(tree,
# include_attributes=True) prints it (python/ast.c's pyast_dump, which
# tests/python/parser.test.mjs holds to CPython's); _build() reads that
# text back into nodes with a loop and a stack (no recursion, however
# deep the tree).  The node classes (their names, bases, _fields,
# _attributes, optional fields and docstrings) are CPython's, read from
# the python3 that builds by python/tools/gen_ast.py, which puts them at
# the NODES line below.  CPython's own ast.py (python/tools/
# gen_cpython_lib.py) stands on this module, as on CPython's _ast.

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()
    __module__ = 'ast'

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            n = len(fields)
            raise TypeError(f"{type(self).__name__} constructor takes at most {n} "
                            f"positional argument{'' if n == 1 else 's'}")
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            if name in fields and fields.index(name) < len(args):
                raise TypeError(f"{type(self).__name__} got multiple values for argument {name!r}")
            setattr(self, name, value)

    def __reduce__(self):
        state = getattr(self, '__dict__', None)
        return (type(self), (), state) if state else (type(self), ())


def _node(name, base, fields, optional, attributes, doc):
    ns = {'__module__': 'ast', '__doc__': doc, '_fields': fields, '__match_args__': fields}
    if attributes is not None:
        ns['_attributes'] = attributes
    for field in optional:
        ns[field] = None
    globals()[name] = type(name, (globals()[base],), ns)


#@NODES@ (python/tools/gen_ast.py)

_WORDS = {'True': True, 'False': False, 'None': None, 'Ellipsis': ..., 'inf': float('inf'),
          'infj': complex(0.0, float('inf'))}


def _literal(text):
    """A str or bytes repr as ast.dump writes it, read back."""
    if '\\' not in text:
        return text[1:-1] if text[0] != 'b' else text[2:-1].encode('ascii')
    return eval(text, {'__builtins__': {}})


def _build(text, mode):
    """The tree of ast.dump(tree, include_attributes=True)'s text (a
    Module), as mode (1 'exec', 2 'eval', 3 'single') gives it."""
    names = globals()
    singletons = {}
    # open nodes [class, fields, key] and lists [None, items, None]
    stack = [[None, [], None]]
    i, n = 0, len(text)
    find = text.find
    while i < n:
        c = text[i]
        if c == ',' or c == ' ':
            i += 1
            continue
        if c == '[':
            stack.append([None, [], None])
            i += 1
            continue
        if c == ')' or c == ']':
            top = stack.pop()
            i += 1
            if c == ']':
                value = top[1]
            else:
                cls, fields = top[0], top[1]
                if not fields and not cls._attributes:
                    # Load(), Add()...: one of each, as CPython's parser shares them
                    value = singletons.get(cls)
                    if value is None:
                        value = singletons[cls] = cls()
                else:
                    value = cls.__new__(cls)
                    for name in cls._fields:
                        setattr(value, name, fields.get(name))
                    for name in cls._attributes:
                        if name in fields:
                            setattr(value, name, fields[name])
        elif c == "'" or c == '"' or (c == 'b' and text[i + 1] in '\'"'):
            q = text[i + 1] if c == 'b' else c
            j = i + 2 if c == 'b' else i + 1
            while True:
                k = find(q, j)
                b = k - 1
                while text[b] == '\\':
                    b -= 1
                if (k - 1 - b) % 2 == 0:
                    break
                j = k + 1
            value = _literal(text[i:k + 1])
            i = k + 1
        else:
            j = i + 1
            while text[j] not in '(=,)]':
                j += 1
            word = text[i:j]
            if text[j] == '(':
                stack.append([names[word], {}, None])
                i = j + 1
                continue
            if text[j] == '=':
                stack[-1][2] = word
                i = j + 1
                continue
            i = j
            if word in _WORDS:
                value = _WORDS[word]
            elif word[-1] == 'j':
                value = complex(word)
            elif '.' in word or 'e' in word or 'n' in word:
                value = float(word)
            else:
                value = int(word)
        top = stack[-1]
        if top[0] is None:
            top[1].append(value)
        else:
            top[1][top[2]] = value
    module = stack[0][1][0]
    if mode == 2:
        return Expression(module.body[0].value)
    if mode == 3:
        return Interactive(module.body)
    return module
