# Looking at factorials in binary: bit counts, trailing zero bits and bytes.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.001)
    return f


async def main():
    for n in [5, 10, 20, 30]:
        f = await factorial(n)
        tz = (f & -f).bit_length() - 1
        print(n, f.bit_length(), bin(f).count("1"), tz, f.bit_count())
    f = await factorial(12)
    b = f.to_bytes((f.bit_length() + 7) // 8, "big")
    print(b, b.hex(), int.from_bytes(b, "big") == f, list(b))
    print(f.to_bytes(8, "little"), (-f).to_bytes(8, "big", signed=True).hex())
    print(f.to_bytes(2, "big"))


asyncio.run(main())
