# A typo in time.sleep, in a coroutine.
import asyncio
import time

async def main():
    print("start")
    time.sleeps(0.1)
    print("end")

asyncio.run(main())
