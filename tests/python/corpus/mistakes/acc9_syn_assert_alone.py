# assert with no condition.
import asyncio

x = 1
assert
print(x)
