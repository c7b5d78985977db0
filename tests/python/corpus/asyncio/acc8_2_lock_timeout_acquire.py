# Acquiring a held Lock with wait_for times out; the lock stays held by its owner and is free after.
import asyncio

async def holder(lock):
    async with lock:
        await asyncio.sleep(0.1)

async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    await asyncio.sleep(0)
    try:
        await asyncio.wait_for(lock.acquire(), timeout=0.02)
    except asyncio.TimeoutError:
        print('could not get the lock; locked =', lock.locked())
    await h
    print('after holder: locked =', lock.locked())
    await asyncio.wait_for(lock.acquire(), timeout=0.02)
    print('acquired')
    lock.release()

asyncio.run(main())
