# yield inside a list comprehension in an async generator.
import asyncio

async def numbers():
    [(yield i) for i in range(3)]

asyncio.run(numbers())
