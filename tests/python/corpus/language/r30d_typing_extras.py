# typing extras: NewType, cast, overload, Literal, Final, assert_never, TypeAlias and reprs
from typing import NewType, cast, Literal, Final, Union, Optional, Callable, TypeAlias, Any
from typing import get_origin, get_args, ClassVar, Sequence, Mapping, Iterator

UserId = NewType("UserId", int)
uid = UserId(42)
print(uid, type(uid).__name__, UserId, UserId.__supertype__)
print(cast(str, 123), cast("list[int]", None))
Mode = Literal["r", "w", "a"]
MAX: Final = 10
Vector: TypeAlias = list[float]
print(Mode, get_args(Mode), Vector, MAX)
for t in [Optional[int], Union[int, str, None], Callable[[int, str], bool], dict[str, list[int]],
          Sequence[int], Mapping[str, Any], ClassVar[int], Iterator[str], Callable[..., None]]:
    print(t, "|", get_origin(t), "|", get_args(t))
print(Union[int], Optional[Union[int, str]], Union[int, Union[str, int]])
print(int | None, list[int] | None, (int | str) == Union[int, str])
