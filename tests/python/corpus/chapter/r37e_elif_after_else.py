# checking the worker's result, with an elif after the else
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 7

async def main():
    r = await worker()
    if r > 10:
        print('big')
    else:
        print('small')
    elif r == 7:
        print('lucky')

asyncio.run(main())
