# Use asyncio.timeout_at with a deadline on the loop clock: some factorials finish, the big one does not.
import asyncio


async def slow_factorial(n):
    acc = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        acc *= i
    return acc


async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.6
    for n in (2, 4, 9):
        try:
            async with asyncio.timeout_at(deadline):
                print(f"{n}! = {await slow_factorial(n)}")
        except TimeoutError:
            print(f"{n}! ran past the deadline")


asyncio.run(main())
