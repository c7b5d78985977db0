import asyncio, re

def clean(o):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(o))

async def holder(lock):
    async with lock:
        await asyncio.sleep(0.02)

async def main():
    lock = asyncio.Lock()
    print(clean(lock))
    t1 = asyncio.create_task(holder(lock))
    t2 = asyncio.create_task(holder(lock))
    await asyncio.sleep(0.01)
    print(clean(lock), lock.locked())
    await asyncio.gather(t1, t2)
    print(clean(lock))
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
