# Lock.locked() through acquire and release; release of an unlocked lock; a repr without its address.
import asyncio
import re

def show(lock):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(lock))

async def main():
    lock = asyncio.Lock()
    print(lock.locked(), show(lock))
    print('acquire ->', await lock.acquire())
    print(lock.locked(), show(lock))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with lock:
        print('inside:', lock.locked())
    print('after:', lock.locked())

asyncio.run(main())
