# Off-by-one: range(1, n) leaves out n itself, so every "factorial" is (n-1)!.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n):
        await asyncio.sleep(0.02)
        result *= i
    return result


async def main():
    numbers = [5, 7, 3, 6]
    results = await asyncio.gather(*(factorial(n) for n in numbers))
    for n, r in zip(numbers, results):
        print(f"{n}! = {r}")
    import math
    wrong = [n for n, r in zip(numbers, results) if r != math.factorial(n)]
    print("wrong answers for:", wrong)
    assert not wrong, f"{len(wrong)} factorials are wrong"


asyncio.run(main())
