# importing the sleep function as if it were a module
import asyncio.sleep

async def main():
    await asyncio.sleep(0.01)

asyncio.run(main())
