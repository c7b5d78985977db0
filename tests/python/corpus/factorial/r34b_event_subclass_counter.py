# An Event subclass that counts how many times it was set, used to announce finished factorials.
import asyncio


class CountingEvent(asyncio.Event):
    def __init__(self):
        super().__init__()
        self.times = 0

    def set(self):
        self.times += 1
        super().set()


async def factorial(n, ev, results):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    results.append((n, r))
    ev.set()


async def watcher(ev, results, expected):
    while len(results) < expected:
        await ev.wait()
        ev.clear()
        print("watcher sees:", results[-1], "set count:", ev.times)


async def main():
    ev, results = CountingEvent(), []
    await asyncio.gather(watcher(ev, results, 3), *(factorial(n, ev, results) for n in (2, 4, 6)))
    print(sorted(results), ev.is_set(), ev.times)


asyncio.run(main())
