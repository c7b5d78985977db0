# The = specifier after the conversion in an f-string.
import asyncio

x = 5
print(f"{x!r=}")
