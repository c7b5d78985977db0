# Redundant unions a learner writes, printed to see what Python keeps.
from typing import Optional, Union
print(Union[int, int], Union[int, str, int], Optional[Optional[int]])
print(Optional[int | None], Union[int, None] == Optional[int], Optional[Union[int, None]])
print(Union[int, Union[str, bytes]], Union[int], Optional[None])
print((int | None) == Optional[int], int | int, (int | str) == (str | int))
print(Union[int, str] | None, str | Optional[int])
