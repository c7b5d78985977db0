# Bug: multiplying by n instead of by the loop variable, so I get n**n-ish numbers.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= n
    return result


async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    for n, r in zip(numbers, results):
        print(f"{n}! = {r}")
    assert results[0] == 120, f"expected 120 for 5!, got {results[0]}"


def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')


if __name__ == '__main__':
    main()
