# Mistake: await time.sleep(...): time.sleep blocks, then returns None, which cannot be awaited.
import asyncio
import time

async def main():
    print('sleeping')
    await time.sleep(0.1)
    print('not reached')

asyncio.run(main())
