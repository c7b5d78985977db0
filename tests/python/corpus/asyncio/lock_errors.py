# Lock: release() of an unlocked lock raises RuntimeError; an exception inside async with still releases it.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with lock:
            print('inside, locked:', lock.locked())
            raise KeyError('inside the lock')
    except KeyError as e:
        print('caught', repr(e), '| locked after:', lock.locked())
    print('acquire returns', await lock.acquire())
    lock.release()
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

asyncio.run(main())
