# An old tutorial's loop= argument to sleep.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(0.1, loop=loop)

asyncio.run(main())
