# Offload math.factorial of big numbers to the default executor and gather the digit counts.
import asyncio
import math


def digits_of_factorial(n):
    return n, len(str(math.factorial(n)))


async def main():
    loop = asyncio.get_running_loop()
    futures = [loop.run_in_executor(None, digits_of_factorial, n) for n in (10, 100, 500, 1000)]
    for n, d in await asyncio.gather(*futures):
        print(f"{n}! has {d} digits")
    n, d = await asyncio.to_thread(digits_of_factorial, 1200)
    print(f"and via to_thread: {n}! has {d:_} digits")


asyncio.run(main())
