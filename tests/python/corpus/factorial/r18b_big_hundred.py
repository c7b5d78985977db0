import asyncio
import math

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        result *= i
        if i % 25 == 0:
            await asyncio.sleep(0.1)
            print(f"  {i}/{n} done, {len(str(result))} digits so far")
    return result

async def main():
    f100 = await factorial(100)
    print(f100)
    print("digits:", len(str(f100)))
    print("digit sum:", sum(int(d) for d in str(f100)))
    print("trailing zeros:", len(str(f100)) - len(str(f100).rstrip("0")))
    print("same as math.factorial:", f100 == math.factorial(100))
    print("bits:", f100.bit_length())
    print(hex(f100)[:20] + "...")

if __name__ == "__main__":
    asyncio.run(main())
