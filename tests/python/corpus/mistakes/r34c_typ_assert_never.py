# Exhaustiveness check with assert_never hit by an unexpected value
from typing import Literal, assert_never

Mode = Literal["read", "write"]

def open_mode(mode: Mode) -> str:
    if mode == "read":
        return "r"
    elif mode == "write":
        return "w"
    else:
        assert_never(mode)

print(open_mode("read"))
print(open_mode("append"))
