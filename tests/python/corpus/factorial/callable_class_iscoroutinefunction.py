# A class whose async __call__ computes factorials (gather over map of an instance); iscoroutinefunction of the bound method
import asyncio


class Factorial:
    calls = 0

    def __init__(self, delay=0.1):
        self.delay = delay
        self.cache = {0: 1, 1: 1}

    async def __call__(self, n):
        Factorial.calls += 1
        if n in self.cache:
            return self.cache[n]
        result = 1
        for i in range(2, n + 1):
            await asyncio.sleep(self.delay)
            result *= i
        self.cache[n] = result
        return result

    def __repr__(self):
        return f"Factorial(delay={self.delay!r}, cached={sorted(self.cache)})"


async def calculate_factorials(numbers):
    fact = Factorial()
    results = await asyncio.gather(*map(fact, numbers))
    print(results)
    print(await fact(5), Factorial.calls)
    print(fact)
    print(callable(fact), asyncio.iscoroutinefunction(fact.__call__))


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
