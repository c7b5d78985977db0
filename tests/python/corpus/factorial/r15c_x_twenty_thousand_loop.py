# a learner's huge factorials: 20000! built in a loop, its digits counted
import asyncio
import sys
import time

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
        if i % 5000 == 0:
            await asyncio.sleep(0)
    return r

async def main():
    sys.set_int_max_str_digits(0)
    t = time.perf_counter()
    big = await factorial(20000)
    s = str(big)
    print(len(s), s[:15], s[-5:].count('0'), big.bit_length())
    print(sum(map(int, s)), s.count('7'), len(s) - len(s.rstrip('0')))
    print(f"{big:.4e}" if big < 10**300 else "too big for a float")
    print(time.perf_counter() - t < 3)

asyncio.run(main())
