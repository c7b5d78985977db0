import asyncio
import time

async def factorial(name, number):
    f = 1
    for i in range(2, number + 1):
        print(f"Task {name}: Compute factorial({number}), currently i={i}...")
        time.sleep(0.02)
        f *= i
    print(f"Task {name}: factorial({number}) = {f}")

async def main():
    start = time.perf_counter()
    await asyncio.gather(factorial("A", 3), factorial("B", 3), factorial("C", 3))
    elapsed = time.perf_counter() - start
    print("ran concurrently?", elapsed < 0.1)

asyncio.run(main())
