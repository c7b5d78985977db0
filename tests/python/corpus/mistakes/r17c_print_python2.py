# A Python 2 print statement in a coroutine: SyntaxError with "Did you mean print(...)?"
import asyncio


async def main():
    await asyncio.sleep(0.1)
    print "Main - Done"


asyncio.run(main())
