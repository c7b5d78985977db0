# asyncio.Task(coro) built at module level before the loop runs, as pre-3.7 examples did, then run_until_complete.
import asyncio

async def work():
    return 1

t = asyncio.Task(work())
loop = asyncio.get_event_loop()
print(t.get_loop() is loop)
print(loop.run_until_complete(t))
loop.close()
