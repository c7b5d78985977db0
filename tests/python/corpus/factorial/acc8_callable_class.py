# An instance with __call__ used as the coroutine function.
import asyncio

class Factorial:
    def __init__(self, delay):
        self.delay = delay
        self.calls = 0

    async def __call__(self, n):
        self.calls += 1
        result = 1
        for i in range(1, n + 1):
            await asyncio.sleep(self.delay)
            result *= i
        return result

async def main():
    fact = Factorial(0.01)
    print(await asyncio.gather(*map(fact, [3, 5, 0])))
    print(fact.calls, callable(fact), asyncio.iscoroutinefunction(fact))

asyncio.run(main())
