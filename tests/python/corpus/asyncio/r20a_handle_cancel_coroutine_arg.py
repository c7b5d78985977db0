# A coroutine object passed as call_later's argument, handle cancelled: the never-awaited warning's location.
import asyncio

async def job():
    print('job ran')

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_later(1, print, job())
    print('cancelling')
    h.cancel()
    print('cancelled')
    await asyncio.sleep(0)
    print('end main')

asyncio.run(main())
