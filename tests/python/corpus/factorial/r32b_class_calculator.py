# A FactorialCalculator class with an async method and a cache shared between calls.
import asyncio


class FactorialCalculator:
    def __init__(self, delay=0.02):
        self.delay = delay
        self.cache = {0: 1}
        self.calls = 0

    async def factorial(self, n):
        self.calls += 1
        if n in self.cache:
            return self.cache[n]
        best = max(k for k in self.cache if k <= n)
        value = self.cache[best]
        for i in range(best + 1, n + 1):
            await asyncio.sleep(self.delay)
            value *= i
            self.cache[i] = value
        return value

    def __repr__(self):
        return f"FactorialCalculator(cached={len(self.cache)}, calls={self.calls})"


async def main():
    calc = FactorialCalculator()
    print(await calc.factorial(5))
    print(await asyncio.gather(calc.factorial(3), calc.factorial(7)))
    print(calc)


asyncio.run(main())
