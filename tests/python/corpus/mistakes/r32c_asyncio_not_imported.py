# Using asyncio without importing it.
import time

async def main():
    await asyncio.sleep(0.01)
    print("hi")

asyncio.run(main())
