# An f-string whose replacement field is never closed.
import asyncio

async def greet(name):
    await asyncio.sleep(0.1)
    print(f"Hello, {name!")

asyncio.run(greet("Ada"))
