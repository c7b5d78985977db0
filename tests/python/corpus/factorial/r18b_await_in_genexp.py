# A student tries to add up the factorials with await inside sum(...).
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def main():
    numbers = [3, 2, 4]
    listed = [await factorial(n) for n in numbers]
    print("list comprehension works:", sum(listed))
    agen = (await factorial(n) for n in numbers)
    print(type(agen).__name__)
    print(sum([x async for x in agen]))
    print(sum(await factorial(n) for n in numbers))

asyncio.run(main())
