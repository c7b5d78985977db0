# An async retry decorator around a method; the final failure's traceback passes through the wrapper
import asyncio
import functools


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except ConnectionError as e:
                    print(f"{fn.__qualname__} attempt {attempt} failed: {e}")
                    last = e
            raise last
        return wrapper
    return deco


class Client:
    calls = 0

    @retry(times=3)
    async def fetch(self, path):
        Client.calls += 1
        await asyncio.sleep(0)
        raise ConnectionError(f"{path} unreachable ({Client.calls})")


async def main():
    print(Client.fetch.__name__, Client.fetch.__wrapped__.__qualname__)
    await Client().fetch("/status")


asyncio.run(main())
