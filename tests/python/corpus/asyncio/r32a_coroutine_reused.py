# Awaiting the same coroutine object twice
import asyncio

async def value():
    await asyncio.sleep(0)
    return 7

async def main():
    c = value()
    print(await c)
    print(c.cr_frame, c.cr_running)
    print(await c)

asyncio.run(main())
