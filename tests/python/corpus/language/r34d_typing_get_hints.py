# Introspecting annotations with typing.get_type_hints, get_origin and get_args
from typing import Optional, Union, get_type_hints, get_origin, get_args, Callable, Literal, Any
from dataclasses import dataclass

@dataclass
class Job:
    name: str
    retries: Optional[int] = None
    tags: list[str] = None
    mode: Literal["fast", "slow"] = "fast"
    hook: Callable[[int, str], bool] | None = None

def run(job: "Job", *, verbose: bool = False) -> dict[str, Any]:
    ...

hints = get_type_hints(Job)
for name, tp in hints.items():
    print(f"{name:8} {tp!s:45} origin={get_origin(tp)} args={get_args(tp)}")
print(get_type_hints(run))
print(run.__annotations__)
print(Optional[int] == Union[int, None], int | None == Optional[int])
print(get_args(Callable[..., int]), get_origin(Callable[[int], str]))
print(repr(Union[int, str, int]), Union[int])
