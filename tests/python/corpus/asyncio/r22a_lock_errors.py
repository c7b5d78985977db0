# Releasing an unlocked Lock is an error; an exception inside releases it.
import asyncio

async def main():
    lock = asyncio.Lock()
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with lock:
            raise KeyError('k')
    except KeyError:
        print('after error, locked:', lock.locked())
    print('acquire returns', await lock.acquire())
    lock.release()
    try:
        with lock:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

asyncio.run(main())
