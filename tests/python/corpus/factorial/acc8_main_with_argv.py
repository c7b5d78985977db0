# Numbers from sys.argv with a default when none are given.
import asyncio
import sys

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    print(f"factorial({n}) = {r}")
    return r

async def calculate(numbers):
    return await asyncio.gather(*map(factorial, numbers))

def main(argv):
    numbers = [int(a) for a in argv[1:]] or [5, 7, 3, 6]
    print("argv length:", len(argv), argv[0].endswith(".py"))
    print(asyncio.run(calculate(numbers)))

if __name__ == "__main__":
    main(sys.argv)
