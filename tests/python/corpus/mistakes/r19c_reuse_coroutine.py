# Awaiting the same coroutine object twice
import asyncio

async def compute():
    await asyncio.sleep(0.01)
    return 7

async def main():
    c = compute()
    print(await c)
    task = asyncio.create_task(compute())
    print(await task, await task)
    print(await c)

asyncio.run(main())
