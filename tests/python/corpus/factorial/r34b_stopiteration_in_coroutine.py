# My factorial raises StopIteration to signal "no more numbers" - inside a coroutine.
import asyncio


def next_number(numbers):
    return next(numbers)


async def factorial_all(numbers):
    it = iter(numbers)
    out = []
    while True:
        n = next_number(it)
        f = 1
        for i in range(2, n + 1):
            f *= i
        await asyncio.sleep(0.01)
        out.append(f)
        print(f"{n}! = {f}")


async def main():
    print(await factorial_all([3, 4]))


asyncio.run(main())
