import asyncio
import time

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        time.sleep(0.05)   # learner used time.sleep: blocks everything
        f *= i
        print("factorial", n, "i =", i)
    return f

async def main():
    start = time.perf_counter()
    res = await asyncio.gather(factorial(3), factorial(4))
    took = time.perf_counter() - start
    print(res)
    print("sequential?", took > 0.2)

asyncio.run(main())
