# Mistake: lock.acquire() called without await, then release() of a lock that was never acquired.
import asyncio


async def main():
    lock = asyncio.Lock()
    lock.acquire()
    print('locked?', lock.locked())
    try:
        print('working')
    finally:
        lock.release()


asyncio.run(main())
