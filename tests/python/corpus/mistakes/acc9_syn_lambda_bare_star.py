# A lambda with a bare * and nothing after it.
import asyncio

f = lambda *: 0
print(f())
