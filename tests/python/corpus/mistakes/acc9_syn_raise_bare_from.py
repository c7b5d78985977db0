# raise from without an exception.
import asyncio

try:
    1 / 0
except ZeroDivisionError as e:
    raise from e
