# Mistake: one of the gathered factorial calls is written without its number (missing positional argument).
import asyncio


async def calculate_factorial(number):
    result = 1
    for i in range(2, number + 1):
        await asyncio.sleep(0.01)
        result *= i
    print(f'factorial({number}) = {result}')
    return result


async def main():
    results = await asyncio.gather(
        calculate_factorial(5),
        calculate_factorial(),
        calculate_factorial(3),
    )
    print(results)


asyncio.run(main())
