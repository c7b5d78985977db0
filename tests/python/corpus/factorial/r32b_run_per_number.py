# Calling asyncio.run once per number in a loop: works but runs them one at a time.
import asyncio
import time


async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.05)
        r *= i
    return r


start = time.perf_counter()
for n in [3, 2, 4]:
    print(f"{n}! =", asyncio.run(factorial(n)))
elapsed = time.perf_counter() - start
print("at least 0.45 s:", elapsed >= 0.45)
