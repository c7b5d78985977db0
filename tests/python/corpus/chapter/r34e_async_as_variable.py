# an old Python 3.6 snippet that uses async as a variable name
import asyncio

def start(coro, async=True):
    if async:
        return asyncio.run(coro)

async def worker():
    return 42

print(start(worker()))
