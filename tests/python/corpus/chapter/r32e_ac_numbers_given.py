# gave as_completed plain numbers instead of coroutines
import asyncio

async def do_something():
    for thing in asyncio.as_completed([1, 2, 3]):
        print(await thing)

asyncio.run(do_something())
