# return inside the loop ends the factorial after the first step: wrong results, no error
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
        await asyncio.sleep(0.1)
        return result


async def main():
    values = await asyncio.gather(*[factorial(n) for n in [5, 7, 3, 6]])
    print(values)
    assert values == [120, 5040, 6, 720], 'factorials are wrong'


asyncio.run(main())
