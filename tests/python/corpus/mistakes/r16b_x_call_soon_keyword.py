# call_soon given a keyword argument for the callback
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "tick", end="!")
    await asyncio.sleep(0)

asyncio.run(main())
