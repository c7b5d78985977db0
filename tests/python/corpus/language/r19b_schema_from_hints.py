# Deriving a simple schema from a dataclass's type hints (Optional, unions, lists)
import typing
from dataclasses import dataclass, field, fields
from typing import Optional, Union

@dataclass
class Customer:
    name: str
    email: Optional[str] = None
    age: int | None = None
    customer_id: Optional[int | str] = None
    tags: list[str] = field(default_factory=list)
    score: Union[int, float] = 0

def describe(tp):
    args = typing.get_args(tp)
    if type(None) in args:
        rest = [a for a in args if a is not type(None)]
        return "optional " + " or ".join(a.__name__ for a in rest)
    if args and typing.get_origin(tp) is list:
        return f"list of {args[0].__name__}"
    if args:
        return " or ".join(a.__name__ for a in args)
    return tp.__name__

hints = typing.get_type_hints(Customer)
for f in fields(Customer):
    print(f"{f.name:<12} {str(hints[f.name]):<36} {describe(hints[f.name])}")
print(Customer("ann", customer_id="A7"))
