# Numbers typed on one line separated by commas; one of them is not a number.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result


async def main():
    raw = input("Enter numbers separated by commas: ")
    numbers = [int(tok) for tok in raw.split(",")]
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print(dict(zip(numbers, results)))


asyncio.run(main())
