# Python 2's print statement inside a coroutine.
import asyncio

async def main():
    await asyncio.sleep(0.1)
    print "finished"

asyncio.run(main())
