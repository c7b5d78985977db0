# skipped do_something and handed wait_for straight to asyncio.run
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.3)
    print('worker - Done it')
    return 42

print('Main - Starting')
print('quick:', asyncio.run(asyncio.wait_for(worker(), timeout=0.5)))
print('too slow:', asyncio.run(asyncio.wait_for(worker(), timeout=0.1)))
print('Main - Done')
