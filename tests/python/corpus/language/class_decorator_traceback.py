# A class decorator that raises points at its @ line, as CPython 3.11 (a dataclass with a mutable default; one's own decorator; stacked ones)
from dataclasses import dataclass

def require_doc(cls):
    if not cls.__doc__:
        raise TypeError(f'{cls.__name__} needs a docstring')
    return cls

def tag(cls):
    cls.tagged = True
    return cls

@tag
@require_doc
class Good:
    """documented"""

print(Good.tagged)
try:
    @dataclass
    class Cart:
        items: list = []
except ValueError as e:
    print('ValueError:', e)

@tag
@require_doc
class Bad:
    pass
