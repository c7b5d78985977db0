# A reader writes `with lock:` (old 3.6 style `with await lock`) on an asyncio.Lock: errors in 3.11.
import asyncio


async def main():
    lock = asyncio.Lock()
    try:
        with lock:
            print('inside')
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
    try:
        with await lock:
            print('inside 2')
    except TypeError as e:
        print('TypeError:', e)
    print('locked:', lock.locked())


asyncio.run(main())
