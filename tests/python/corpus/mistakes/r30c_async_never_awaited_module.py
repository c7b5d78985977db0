# Calling a coroutine function at module level without running it.
import asyncio

async def greet(name):
    print("hello", name)

greet("world")
print("end of script")
