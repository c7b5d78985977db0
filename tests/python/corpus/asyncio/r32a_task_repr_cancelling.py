# A task's repr right after cancel() (before it has run again) and after
import asyncio

async def napping():
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(napping(), name="napper")
    print(repr(t).split(" coro=")[0])
    t.cancel()
    print(repr(t).split(" coro=")[0])
    await asyncio.sleep(0)
    print(repr(t).split(" coro=")[0])
    await asyncio.sleep(0)
    print(repr(t).split(" coro=")[0])

asyncio.run(main())
