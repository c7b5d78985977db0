# a logging helper that names its caller with inspect.stack(), and getframeinfo's context
import inspect

def log(message):
    caller = inspect.stack()[1]
    print(f'[{caller.function}:{caller.lineno}] {message} <- {caller.code_context[0].strip()!r}')

def load(name):
    log(f'loading {name}')
    return name.upper()

def f():
    info = inspect.getframeinfo(inspect.currentframe(), context=3)
    print(info.function, info.lineno, info.code_context, info.index, len(info))
    print([fi.function for fi in inspect.stack()], inspect.stack()[0][3])

print(load('config'))
f()
try:
    1 / 0
except ZeroDivisionError:
    print([(fi.function, fi.lineno) for fi in inspect.trace()])
fi = inspect.stack()[0]
print(fi.function, fi.code_context, type(fi).__name__, isinstance(fi, tuple), fi._fields)
print(inspect.isframe(inspect.currentframe()), inspect.isframe(fi))

def g():
    return inspect.getouterframes(inspect.currentframe())[1].function
print(g())
