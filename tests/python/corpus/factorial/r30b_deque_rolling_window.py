# A deque keeps only the last three results while I compute 1! .. 8! in order.
import asyncio
from collections import deque, defaultdict, ChainMap


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.001)
    return f


async def main():
    window = deque(maxlen=3)
    by_digits = defaultdict(list)
    for n in range(1, 9):
        f = await factorial(n)
        window.append(f)
        by_digits[len(str(f))].append(n)
        print(n, list(window))
    window.rotate(1)
    print(window, dict(by_digits))
    cfg = ChainMap({"delay": 0.01}, {"delay": 0.1, "n": 5})
    print(cfg["delay"], cfg["n"], len(cfg), cfg.maps[1])


asyncio.run(main())
