# asyncio.run given the text of the call instead of the coroutine
import asyncio

async def work(n):
    await asyncio.sleep(0.01)
    print("work", n)

asyncio.run("work(1)")
