# test_locks: releasing an unlocked Lock raises RuntimeError; locked() follows acquire/release
import asyncio

async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(await lock.acquire(), lock.locked())
    lock.release()
    print(lock.locked())
    async with lock:
        print('inside', lock.locked())
    print('after', lock.locked())

asyncio.run(main())
