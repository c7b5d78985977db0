# Function attributes: __defaults__, __kwdefaults__, __code__ details, __dict__ and __module__
def connect(host, port=80, *args, timeout=5.0, retries=3, **opts):
    """Connect somewhere."""
    local_var = host * 2
    return local_var


c = connect.__code__
print(connect.__name__, connect.__qualname__, connect.__module__, connect.__doc__)
print(connect.__defaults__, connect.__kwdefaults__)
print(c.co_argcount, c.co_kwonlyargcount, c.co_posonlyargcount, c.co_varnames, c.co_name)
print(c.co_flags & 0x04 != 0, c.co_flags & 0x08 != 0, c.co_firstlineno)
connect.__defaults__ = (8080,)
print(connect.__defaults__, connect.__annotations__, connect.__dict__)
connect.tag = "net"
print(connect.__dict__, connect.tag)


def outer():
    def inner():
        pass
    return inner


print(outer().__qualname__, (lambda: 0).__name__, (lambda: 0).__qualname__)
print(type(connect).__name__, type(print).__name__, type([].append).__name__, type(str.upper).__name__)
print(connect.__globals__ is globals(), print.__name__, print.__module__, len.__self__.__name__)
connect.__code__ = 5
