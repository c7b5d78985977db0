import asyncio

class FactorialCalculator:
    """Calculates factorials asynchronously."""

    def __init__(self, delay=0.1):
        self.delay = delay
        self.results = {}

    def __repr__(self):
        return f"{type(self).__name__}(delay={self.delay!r}, done={len(self.results)})"

    async def factorial(self, n):
        value = 1
        for i in range(1, n + 1):
            await asyncio.sleep(self.delay)
            value *= i
        self.results[n] = value
        return value

    async def run(self, numbers):
        print(self)
        await asyncio.gather(*map(self.factorial, numbers))
        print(self)
        return self

    def __str__(self):
        return "\n".join(f"{k:>3}! = {v}" for k, v in sorted(self.results.items()))

calc = asyncio.run(FactorialCalculator().run([5, 7, 3, 6]))
print(calc)
print(repr(calc))
print(FactorialCalculator.__doc__)
