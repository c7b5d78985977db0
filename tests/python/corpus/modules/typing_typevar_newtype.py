from typing import TypeVar, NewType, List, Generic, Optional, Dict

T = TypeVar('T')
K = TypeVar('K', bound=int, covariant=True)
C = TypeVar('C', contravariant=True)
print(T, K, C, T.__name__, List[T], repr(T), Dict[str, T])
UserId = NewType('UserId', int)
uid = UserId(5)
print(UserId, uid, type(uid).__name__, UserId.__name__, UserId.__supertype__)

def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None

print(first.__annotations__, first([3]), first([]))

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)

s = Stack[int]()
s.push(4)
print(s.items)
try:
    TypeVar()
except TypeError as e:
    print(e)
try:
    T(3)
except TypeError as e:
    print(e)
