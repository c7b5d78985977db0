# annotations with | between typing's forms and classes, as newer code writes them
from typing import Any, Dict, List, Optional, Union

def find(items: List[int] | None = None, key: str | None = None) -> Dict[str, int] | None:
    return None

print(find.__annotations__)
print(List[int] | None, Optional[int] | str, int | List[str])
print(Union[int, str] | None, None | List[int], Any | None, Any | int)
print((List[int] | None) == Optional[List[int]], int | str == str | int)
print(isinstance(3, int | str), isinstance([], list | None))
