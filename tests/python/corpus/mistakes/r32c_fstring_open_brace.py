# An f-string whose expression never gets its closing brace.
import asyncio

async def greet(name):
    await asyncio.sleep(0.01)
    print(f"Hello, {name!r:>10")

asyncio.run(greet("Ann"))
