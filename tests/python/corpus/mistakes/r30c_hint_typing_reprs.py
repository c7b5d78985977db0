# Printing type hints to see what they are.
from typing import Optional, Union, List, Dict, Callable, Any
import asyncio
print(Optional[int], Union[int, str], List[int], Dict[str, List[int]])
print(int | None, list[dict[str, int]], Callable[[int], str], Any)
print(asyncio.Queue[int], asyncio.Future[str], type[int])
def f(a: int, b: "Later" = None) -> list[str]: ...
print(f.__annotations__)
