# test_locks: BoundedSemaphore refuses a release past its start; Semaphore allows it
import asyncio

async def main():
    s = asyncio.Semaphore(1)
    s.release()
    print('Semaphore value after extra release:', s._value)
    b = asyncio.BoundedSemaphore(2)
    await b.acquire()
    b.release()
    try:
        b.release()
    except ValueError as e:
        print('ValueError:', e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print('ValueError:', e)
    print(b.locked(), asyncio.Semaphore(0).locked())

asyncio.run(main())
