# A calculator class whose async method forgot the self parameter.
import asyncio


class FactorialCalculator:
    delay = 0.01

    async def factorial(n):
        f = 1
        for i in range(2, n + 1):
            await asyncio.sleep(FactorialCalculator.delay)
            f *= i
        return f

    async def many(self, numbers):
        return await asyncio.gather(*(self.factorial(n) for n in numbers))


async def main():
    calc = FactorialCalculator()
    print(await FactorialCalculator.factorial(4))
    print(await calc.many([3, 5]))


asyncio.run(main())
