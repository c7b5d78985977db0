# A hand-written collections.abc.Coroutine class run as an asyncio Task
import asyncio
import collections.abc


class Ticks(collections.abc.Coroutine):
    def __init__(self, n):
        self.n = n

    def send(self, value):
        if self.n == 0:
            raise StopIteration(f"done after ticks")
        self.n -= 1
        return None

    def throw(self, typ, val=None, tb=None):
        raise typ if val is None else val

    def __await__(self):
        return self


async def main():
    print(asyncio.iscoroutine(Ticks(1)), isinstance(Ticks(1), collections.abc.Awaitable))
    print(await Ticks(2))
    task = asyncio.create_task(Ticks(3))
    print(await task)


asyncio.run(main())
