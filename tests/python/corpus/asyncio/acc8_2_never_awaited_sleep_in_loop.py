# asyncio.sleep called without await in a loop: the loop runs at once, one warning per coroutine.
import asyncio

async def main():
    for i in range(2):
        asyncio.sleep(0.1)
        print('step', i)
    print('done without sleeping')

asyncio.run(main())
