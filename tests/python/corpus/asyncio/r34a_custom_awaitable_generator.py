# A custom awaitable whose __await__ is a generator that awaits a Future and transforms the result
import asyncio


class Delayed:
    def __init__(self, value, delay):
        self.value, self.delay = value, delay

    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(self.delay, fut.set_result, self.value)
        result = yield from fut.__await__()
        return f"<{result}>"


async def main():
    print(await Delayed("x", 0.01))
    results = await asyncio.gather(Delayed(1, 0.03), Delayed(2, 0.01))
    print(results)
    task = asyncio.ensure_future(Delayed("task", 0.01))
    print(type(task).__name__, await task)
    print(await asyncio.wait_for(Delayed("w", 0.01), 1))


asyncio.run(main())
