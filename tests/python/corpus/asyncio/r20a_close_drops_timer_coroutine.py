# A timer holding a coroutine object is dropped by loop.close(): the never-awaited warning's location.
import asyncio

async def job():
    print('job ran')

loop = asyncio.new_event_loop()
loop.call_later(1, print, job())
loop.run_until_complete(asyncio.sleep(0.01))
print('closing')
loop.close()
print('closed')
