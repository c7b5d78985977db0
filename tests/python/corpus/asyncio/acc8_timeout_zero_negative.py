# timeout(0) and timeout(-1) expire at the first await; code before the first await still runs.
import asyncio

async def main():
    for d in (0, -1):
        try:
            async with asyncio.timeout(d):
                print('body runs for', d)
                await asyncio.sleep(0)
                print('not reached')
        except TimeoutError:
            print('TimeoutError for', d)
    async with asyncio.timeout(0):
        print('no await: no timeout')

asyncio.run(main())
