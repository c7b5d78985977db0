import asyncio
import inspect


class RateLimiter:
    def __init__(self, per_call):
        self.per_call = per_call
        self.calls = 0

    async def __call__(self, label):
        self.calls += 1
        await asyncio.sleep(self.per_call)
        return f"{label}#{self.calls}"


async def main():
    limiter = RateLimiter(0)
    print(inspect.iscoroutinefunction(limiter), inspect.iscoroutinefunction(limiter.__call__))
    coro = limiter("x")
    print(inspect.iscoroutine(coro), inspect.isawaitable(coro))
    print(await coro)
    print(await asyncio.gather(*(limiter(c) for c in "abc")))


asyncio.run(main())
