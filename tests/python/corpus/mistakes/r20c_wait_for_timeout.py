# asyncio.wait_for timeout traceback
import asyncio

async def slow():
    await asyncio.sleep(5)
    return 1

async def main():
    print("waiting")
    r = await asyncio.wait_for(slow(), timeout=0.05)

asyncio.run(main())
