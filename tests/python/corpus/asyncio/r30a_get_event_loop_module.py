# The old asyncio.get_event_loop() at module level, before and after asyncio.run
import asyncio

async def hello():
    await asyncio.sleep(0)
    return "hello"

loop = asyncio.get_event_loop()
print(loop.run_until_complete(hello()))
print(asyncio.get_event_loop() is loop)
print(asyncio.run(hello()))
loop2 = asyncio.get_event_loop()
print(loop2 is loop)
