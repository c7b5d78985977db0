# Using one generator of numbers for both the tasks and the labels: the second use finds it empty.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        f *= i
    return f


async def main():
    numbers = (n for n in [5, 7, 3, 6])
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print("results:", results)
    labels = [f"{n}!" for n in numbers]
    print("labels:", labels)
    print(dict(zip(labels, results)))
    print(sum(n for n in numbers), list(numbers), next(numbers, "empty"))


asyncio.run(main())
