# A method defined without self: TypeError takes 1 positional argument but 2 were given
import asyncio


class Calculator:
    async def factorial(n):
        f = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.1)
            f *= i
        return f


async def main():
    calc = Calculator()
    print(await calc.factorial(5))


asyncio.run(main())
