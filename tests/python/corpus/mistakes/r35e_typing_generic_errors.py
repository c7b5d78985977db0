# Generic classes subscripted with the wrong number of types, Generic and Annotated misused, a NewType as a base
from typing import Generic, TypeVar, Protocol, Annotated, NewType
T = TypeVar('T'); K = TypeVar('K'); V = TypeVar('V')
class Box(Generic[T]): pass
class Pair(Generic[K, V]): pass
class IntBox(Box[int]): pass
for f in (lambda: Box[int], lambda: Pair[int, str], lambda: Pair[int], lambda: Box[int, str, float], lambda: IntBox[str],
          lambda: Generic[T, T], lambda: Generic[int], lambda: Protocol[str], lambda: Annotated[int], lambda: Annotated[int, 'x'],
          lambda: Box[()]):
    try:
        print('ok', f())
    except TypeError as e:
        print('TypeError:', e)
U = NewType('U', int)
try:
    type('S', (U,), {})
except TypeError as e:
    print(e)
