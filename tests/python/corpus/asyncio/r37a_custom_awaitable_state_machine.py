# An awaitable class whose __await__ is a generator delegating to futures, reused by several awaits
import asyncio


class Countdown:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        loop = asyncio.get_event_loop()
        while self.n > 0:
            fut = loop.create_future()
            loop.call_later(0.01, fut.set_result, self.n)
            got = yield from fut
            print("tick", got)
            self.n -= 1
        return "liftoff"


async def main():
    c = Countdown(3)
    print(await c)
    print(await c)
    t = asyncio.ensure_future(Countdown(1))
    print(type(t).__name__, await t)
    print(await asyncio.gather(Countdown(1), Countdown(2)))


asyncio.run(main())
