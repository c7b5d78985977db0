# Look at factorials in binary, octal and hex, and count their bits.
import asyncio
import math


async def factorial(n):
    await asyncio.sleep(0.01 * n)
    return math.prod(range(1, n + 1))


async def main():
    tasks = {n: asyncio.create_task(factorial(n)) for n in (5, 10, 20)}
    for n, t in tasks.items():
        v = await t
        print(f"{n}! = {v}")
        print("   bin:", bin(v), "bits:", v.bit_length(), "ones:", v.bit_count())
        print("   oct:", oct(v), "hex:", hex(v), f"{v:#X}", f"{v:_x}")
        print("   bytes:", v.to_bytes((v.bit_length() + 7) // 8, "big").hex(" "))


asyncio.run(main())
