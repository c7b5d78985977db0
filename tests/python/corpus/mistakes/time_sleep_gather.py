# Mistake: time.sleep in coroutines run by gather: they run one after the other.
import asyncio
import time

async def factorial(name, n):
    result = 1
    for i in range(1, n + 1):
        print(f'{name}: step {i}')
        time.sleep(0.1)
        result *= i
    return result

async def main():
    start = time.perf_counter()
    print(await asyncio.gather(factorial('A', 3), factorial('B', 2)))
    print(f'took at least 0.5 s: {time.perf_counter() - start >= 0.5}')  # five time.sleep(0.1) in a row

asyncio.run(main())
