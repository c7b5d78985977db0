# help(): what CPython's pydoc prints for a function (the program's, the
# library's, a builtin), as where stdout is no terminal: pydoc's
# render_doc() and TextDoc.docroutine(), plain.  The signature and the
# docstring are CPython's (inspect.signature, __doc__: python/tools/gen_docs.py
# for what is C here).  Classes, modules, methods of built-in types, topics
# and the interactive helper are refused by name.
import inspect
import sys


def _refused(what):
    raise NotImplementedError(f"help() of {what} (pydoc) is not supported by casyncio's Python")


def _indent(text):
    return '\n'.join('    ' + line for line in text.split('\n'))


def help(*args, **kwargs):
    if kwargs or len(args) != 1:
        _refused('anything but one function' if args or kwargs else 'nothing (its interactive helper)')
    obj = args[0]
    if isinstance(obj, str):
        _refused('a name or a topic')
    if inspect.isclass(obj) or inspect.ismodule(obj):
        _refused('a class or a module')
    if inspect.ismethod(obj):
        _refused('a bound method')
    self = getattr(obj, '__self__', None)
    bound = inspect.isbuiltin(obj) and self is not None and not inspect.ismodule(self)
    if bound and isinstance(self, type):
        _refused('a class method of a built-in type')
    objclass = getattr(obj, '__objclass__', None) if inspect.isbuiltin(obj) else None
    if not (inspect.isfunction(obj) or inspect.isbuiltin(obj)):
        _refused('anything but a function')
    name = obj.__name__
    module = getattr(obj, '__module__', None)
    # asyncio's functions that are C here are Python functions in CPython
    python = inspect.isfunction(obj) or (isinstance(module, str) and module.startswith('asyncio'))
    note = ''
    if objclass is not None:  # str.split: a method_descriptor, of no module
        desc = 'method_descriptor'
    elif module == 'random' and inspect.isbuiltin(obj):  # CPython's are its Random instance's methods
        desc = 'method ' + name + ' in module random'
        note = ' method of random.Random instance'
    elif bound:
        desc = 'built-in function ' + name
        note = f' method of {type(self).__module__}.{type(self).__qualname__} instance'
    else:
        desc = ('function ' if python else 'built-in function ') + name
        if isinstance(module, str) and (module.startswith('asyncio') or sys.modules.get(module) is not None):
            desc += ' in module ' + module
    asyncq = 'async ' if inspect.iscoroutinefunction(obj) or inspect.isasyncgenfunction(obj) else ''
    title = name
    try:
        argspec = str(inspect.signature(obj))
    except (ValueError, TypeError):
        argspec = None
    if argspec and name == '<lambda>':
        title = name + ' lambda '
        argspec = argspec[1:-1]
    if not argspec:
        argspec = '(...)'
    doc = inspect.getdoc(obj) or ''
    text = asyncq + title + argspec + note + '\n' + (doc and _indent(doc).rstrip() + '\n')
    sys.stdout.write(f'Help on {desc}:\n\n{text}\n')
