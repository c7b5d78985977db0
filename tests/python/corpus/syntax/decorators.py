# Decorators: plain, with arguments, and stacked; functools.wraps keeps the name.
import functools

def shout(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper

def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate

def trace(func):
    def wrapper(*args):
        print(f'calling {func.__name__}{args}')
        result = func(*args)
        print(f'{func.__name__} returned {result!r}')
        return result
    return wrapper

@shout
def hello(name):
    return f'hello {name}'

@repeat(3)
def ping():
    return 'ping'

@trace
@shout
def bye(name):
    return 'bye ' + name

print(hello('world'))
print(hello.__name__)
print(ping())
bye('all')

registry = []
def register(func):
    registry.append(func.__name__)
    return func

@register
def a(): pass
@register
def b(): pass
print(registry)
