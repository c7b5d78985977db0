# An object whose __call__ is async, used as a callable factorial with a call counter and a repr.
import asyncio


class SlowFactorial:
    def __init__(self, delay):
        self.delay = delay
        self.calls = 0

    async def __call__(self, n):
        self.calls += 1
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(self.delay)
            r *= i
        return r

    def __repr__(self):
        return f"SlowFactorial(delay={self.delay}, calls={self.calls})"


async def main():
    f = SlowFactorial(0.01)
    print(f)
    print(await asyncio.gather(f(3), f(5), f(1)))
    print(f, callable(f), asyncio.iscoroutinefunction(f), asyncio.iscoroutinefunction(f.__call__))
    print(await asyncio.wait_for(f(4), timeout=1))
    print(f)


asyncio.run(main())
