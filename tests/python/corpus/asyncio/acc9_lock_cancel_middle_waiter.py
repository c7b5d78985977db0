# Three tasks wait on a held Lock; the middle one is cancelled; release hands the lock on in FIFO order.
import asyncio, re

def r(x):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(x))

async def user(lock, name):
    try:
        async with lock:
            print(name, 'has the lock')
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        print(name, 'cancelled while waiting; locked:', lock.locked())
        raise

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(user(lock, n)) for n in 'ABC']
    await asyncio.sleep(0)
    print(r(lock))
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(r(lock))
    lock.release()
    print('released:', r(lock))
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(x).__name__ for x in res])
    print(r(lock))

asyncio.run(main())
