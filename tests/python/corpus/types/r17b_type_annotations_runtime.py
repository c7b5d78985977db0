# Type annotations are not checked at run time: __annotations__ and a wrong type passed
from typing import Optional, Union

def greet(name: str, times: int = 1) -> str:
    return ' '.join([f'hi {name}'] * times)

def find(items: list[int], target: int) -> Optional[int]:
    return items.index(target) if target in items else None

print(greet('ann', 2))
print(greet(42))
print(find([1, 2, 3], 3), find([1], 9))
print(greet.__annotations__)
print(find.__annotations__)
score: Union[int, float] = 9.5
print(__annotations__)
print(greet('x', '2'))
