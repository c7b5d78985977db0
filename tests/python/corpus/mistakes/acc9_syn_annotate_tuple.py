# An annotation on two names at once.
import asyncio

x, y: int = 1, 2
print(x, y)
