# An __await__ written as a class iterator that yields a real Future to the event loop
import asyncio


class WaitFuture:
    def __init__(self, fut):
        self.fut = fut
        self.yielded = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self.yielded:
            self.yielded = True
            self.fut._asyncio_future_blocking = True
            return self.fut
        raise StopIteration(self.fut.result())


class Later:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(0.01, fut.set_result, self.value)
        return WaitFuture(fut)


async def main():
    print(await Later("first"))
    print(await asyncio.gather(Later(1), Later(2)))


asyncio.run(main())
