# Mistake: awaiting print() (object NoneType can't be used in 'await' expression).
import asyncio


async def main():
    print('Main - Starting')
    await asyncio.sleep(0.01)
    await print('Main - slept')
    print('Main - Done')


asyncio.run(main())
