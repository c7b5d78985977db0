# python/lib/keyword.py
#
# The keyword module: CPython 3.11's lists of the keywords and the soft
# keywords, and the tests of a str against them.
#
# A file of the library fetched when imported in wasm (build/wasm/pylib/keyword.py);
# built into the native interpreter as the C string keyword_prelude.
__all__ = ['iskeyword', 'issoftkeyword', 'kwlist', 'softkwlist']
kwlist = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
          'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
          'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']
softkwlist = ['_', 'case', 'match']
_kw = frozenset(kwlist)
_softkw = frozenset(softkwlist)
# (CPython's are the frozensets' __contains__, built-in methods)
def iskeyword(s):
    return s in _kw
def issoftkeyword(s):
    return s in _softkw
