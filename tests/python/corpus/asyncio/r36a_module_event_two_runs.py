# An Event at module level: the first run sets it, a second run waits on it again after clear()
import asyncio
import re

ready = asyncio.Event()


async def waiter():
    await ready.wait()
    return "woke"


async def setter():
    await asyncio.sleep(0.02)
    ready.set()


async def one_round():
    return await asyncio.gather(waiter(), setter())


print(asyncio.run(one_round()))
ready.clear()
try:
    print(asyncio.run(one_round()))
except RuntimeError as e:
    print("RuntimeError:", re.sub(" at 0x[0-9a-f]+", "", str(e)))
