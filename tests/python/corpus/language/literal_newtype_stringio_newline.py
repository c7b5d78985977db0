# typing's Literal keeps each value once, NewType's names, io.StringIO's newline translation
import io
from typing import Literal, NewType, Optional, TypeVar, Union

print(Literal[1, 1, 2], Literal[1, True], Literal["a", "a"], Literal[1, 1].__args__)
UserId = NewType("UserId", int)
print(UserId.__name__, UserId.__qualname__, UserId.__module__, UserId(7))
T = TypeVar("T")
print(T.__module__)
print(isinstance(3, Optional[int]), isinstance(None, Optional[int]), isinstance("x", Union[int, float]))
for newline in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(newline=newline)
    n = s.write("one\r\ntwo\rthree\n")
    print(repr(newline), n, repr(s.getvalue()), s.tell())
print(repr(io.StringIO("x\ny", newline="\r\n").read()))
for bad in ("x", 5):
    try:
        io.StringIO(newline=bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
