# Checking a value against a Literal type at runtime
from typing import Literal, get_args

Color = Literal["red", "green"]
print(get_args(Color))
value = "red"
print(value in get_args(Color))
print(isinstance(value, Color))
