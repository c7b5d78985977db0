# Writing @overload signatures and forgetting the real implementation
from typing import overload

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...

print(double(4))
