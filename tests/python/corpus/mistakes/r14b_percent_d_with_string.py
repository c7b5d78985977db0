# Mistake: %d given the count as the string typed in (a real number is required).
import asyncio


async def main():
    count = '3'
    print('Main - Starting')
    await asyncio.sleep(0)
    print('running %d workers' % count)


asyncio.run(main())
