# A silly experiment: turn each factorial into a character with chr() until it is out of range.
import asyncio
import math


async def fact(n):
    await asyncio.sleep(0.001)
    return math.factorial(n)


async def main():
    for n in range(1, 11):
        v = await fact(n)
        try:
            ch = chr(v)
        except ValueError as e:
            print(n, v, "ValueError:", e)
            break
        print(n, v, repr(ch), ch.isprintable(), hex(ord(ch)), ch.encode("utf-8"))
    print(f"{math.factorial(5):c}", bytes([math.factorial(4)]), bytes(math.factorial(3)))
    print(f"{math.factorial(12):c}")


asyncio.run(main())
