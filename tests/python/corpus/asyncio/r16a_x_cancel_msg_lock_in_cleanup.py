# Cleanup that waits for a lock held elsewhere is interrupted by a second cancel with its message
import asyncio

async def holder(lock):
    async with lock:
        await asyncio.sleep(1)

async def worker(lock):
    try:
        await asyncio.sleep(5)
    finally:
        try:
            async with lock:
                print('never has the lock')
        except asyncio.CancelledError as e:
            print('lock wait cancelled', e.args, lock.locked())
            raise

async def main():
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock))
    w = asyncio.create_task(worker(lock))
    await asyncio.sleep(0.1)
    w.cancel('one')
    await asyncio.sleep(0.1)
    w.cancel('two')
    r = await asyncio.gather(w, return_exceptions=True)
    print(type(r[0]).__name__, w.cancelled())
    await h
    print('lock free', not lock.locked())

asyncio.run(main())
