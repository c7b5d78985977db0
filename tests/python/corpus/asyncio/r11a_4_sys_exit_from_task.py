import asyncio
import sys


async def checker():
    await asyncio.sleep(0.01)
    print("fatal config error, exiting")
    sys.exit(3)


async def main():
    await asyncio.gather(checker(), asyncio.sleep(1))
    print("not reached")


asyncio.run(main())
