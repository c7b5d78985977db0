# An old tutorial's asyncio.async(coro): `async` is a keyword since 3.7, so a SyntaxError.
import asyncio


async def work():
    return 1

loop = asyncio.get_event_loop()
task = asyncio.async(work())
loop.run_until_complete(task)
