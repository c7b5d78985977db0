import asyncio
from contextlib import contextmanager


@contextmanager
async def locked(lock):
    await lock.acquire()
    try:
        yield
    finally:
        lock.release()


async def main():
    lock = asyncio.Lock()
    with locked(lock):
        print("critical section")


asyncio.run(main())
