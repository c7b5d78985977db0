# Getting the running loop at import time to schedule things later
import asyncio

loop = asyncio.get_running_loop()

async def main():
    loop.call_soon(print, "scheduled")
    await asyncio.sleep(0.01)

asyncio.run(main())
