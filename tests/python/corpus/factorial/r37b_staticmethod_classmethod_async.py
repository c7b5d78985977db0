# Async static and class methods on a calculator class, plus an alternative constructor.
import asyncio


class FactorialCalculator:
    instances = 0

    def __init__(self, numbers):
        self.numbers = list(numbers)
        type(self).instances += 1

    @classmethod
    def from_string(cls, text):
        return cls(int(t) for t in text.split())

    @staticmethod
    async def factorial(n):
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.005)
            r *= i
        return r

    @classmethod
    async def quick(cls, n):
        return await cls.factorial(n)

    async def run(self):
        return dict(zip(self.numbers, await asyncio.gather(*map(self.factorial, self.numbers))))


async def main():
    calc = FactorialCalculator.from_string("5 7 3 6")
    print(await calc.run())
    print(await FactorialCalculator.quick(8), await calc.quick(4))
    print(FactorialCalculator.instances, type(calc.factorial).__name__, type(calc.quick).__name__)
    print(await FactorialCalculator.run(calc))
    print(await FactorialCalculator.run())


asyncio.run(main())
