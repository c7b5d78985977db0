# Using a plain (sync) context manager with async with, and an async one with plain with
import asyncio
import threading


class OnlyAsync:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return False


async def main():
    try:
        async with threading.Lock():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        with OnlyAsync():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    try:
        with asyncio.Semaphore():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
    async with asyncio.Lock():
        print("asyncio.Lock works with async with")


asyncio.run(main())
