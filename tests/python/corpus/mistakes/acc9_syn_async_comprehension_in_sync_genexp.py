# An async for in a list comprehension at module level.
import asyncio

async def agen():
    yield 1

values = [x async for x in agen()]
print(values)
