# Awaiting time.sleep (which returns None)
import asyncio
import time

async def main():
    print("before")
    await time.sleep(0.1)
    print("after")

asyncio.run(main())
