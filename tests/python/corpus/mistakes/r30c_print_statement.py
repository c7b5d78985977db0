# Old Python 2 habit: print without parentheses.
import asyncio

async def main():
    await asyncio.sleep(0.01)
    print "finished"

asyncio.run(main())
