# call_soon given a coroutine object instead of a callback
import asyncio

async def ring():
    print("ring")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(ring())
    await asyncio.sleep(0.2)

asyncio.run(main())
