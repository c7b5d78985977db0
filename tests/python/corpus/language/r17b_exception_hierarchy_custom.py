# Custom exception classes with a base, caught by the base, with args and str
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f'{key!r} not found')
        self.key = key

class Invalid(AppError):
    pass

def lookup(d, key):
    if not isinstance(key, str):
        raise Invalid('keys must be str', key)
    if key not in d:
        raise NotFound(key)
    return d[key]

data = {'a': 1}
for k in ['a', 'b', 3]:
    try:
        print(lookup(data, k))
    except AppError as e:
        print(type(e).__name__, e, e.args)
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
lookup(data, 'zzz')
