# Passing a positional argument after a keyword one in asyncio.wait_for
import asyncio

async def slow():
    await asyncio.sleep(0.01)
    return 1

async def main():
    print(await asyncio.wait_for(timeout=1, slow()))

asyncio.run(main())
