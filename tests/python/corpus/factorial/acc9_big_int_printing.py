# Big factorials printed: digit counts, trailing zeros by divmod, slicing the digits.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
        if i % 50 == 0:
            await asyncio.sleep(0)
    return r

def trailing_zeros(v):
    count = 0
    while True:
        q, r = divmod(v, 10)
        if r:
            return count
        v, count = q, count + 1

async def main():
    for n in (25, 100, 500):
        v = await factorial(n)
        s = str(v)
        print(f"{n}!: {len(s)} digits, {trailing_zeros(v)} zeros, starts {s[:15]}, ends {s.rstrip('0')[-10:]}")
    v = await factorial(30)
    print(v, -v, v * v, v // 7, v % 1000003, -v // 7, -v % 1000003)
    print(f"{v:,}", f"{v:_}", f"{v:.5e}", float(v), v / 10**30, v >> 64, v & 0xFFFF)
    print(hex(v), v.bit_length(), abs(-v) == v, pow(v, 3, 10**9 + 7), divmod(v, 10**20))
    print(str(2**100), 10**25 + 1, -(10**20), (10**20) ** 2 == 10**40, 7**77 % 1000)

asyncio.run(main())
