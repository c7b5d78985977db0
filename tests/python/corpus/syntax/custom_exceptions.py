# Exceptions of your own: a hierarchy, extra attributes, str() and repr().
class AppError(Exception):
    """Base of this program's errors."""

class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f'no such key: {key}')
        self.key = key

class Invalid(AppError):
    pass

def lookup(table, key):
    if not isinstance(key, str):
        raise Invalid('keys are strings', key)
    if key not in table:
        raise NotFound(key)
    return table[key]

table = {'a': 1}
for key in ('a', 'b', 3):
    try:
        print('found', lookup(table, key))
    except NotFound as e:
        print('NotFound:', e, '| key =', e.key)
    except AppError as e:
        print(type(e).__name__, e.args, str(e), repr(e))

print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
print(repr(Invalid()), str(Invalid()), repr(AppError('x', 2)))
raise NotFound('zzz')
