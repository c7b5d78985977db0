# wait_for timeout left uncaught: the traceback.
import asyncio

async def slow():
    await asyncio.sleep(1)

async def main():
    await asyncio.wait_for(slow(), 0.1)

asyncio.run(main())
