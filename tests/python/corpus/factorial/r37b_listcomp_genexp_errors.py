# Errors inside a list comprehension and a generator expression in async code, with their frames.
import asyncio


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


def digits(values):
    return [len(str(v)) for v in values]


async def main():
    values = await asyncio.gather(*(factorial(n) for n in (5, 10)))
    print(digits(values))
    try:
        print(sum(10 // (len(str(v)) - 3) for v in values))
    except ZeroDivisionError as e:
        print("caught:", e)
    labels = ["five"]
    print([f"{labels[i]}: {v}" for i, v in enumerate(values)])


asyncio.run(main())
