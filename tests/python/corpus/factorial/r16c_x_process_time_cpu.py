# The exercise timed with process_time (CPU) beside perf_counter (wall): the sleeps cost no CPU time
import asyncio
import time

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.1)
        f *= i
    return f

async def calculate_factorials(numbers):
    cpu0, wall0 = time.process_time(), time.perf_counter()
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    print(results)
    print(f'CPU time about {cpu:.0f}s, under half the wall time: {cpu < wall / 2}')
    print('wall time at least 0.6s:', wall >= 0.6)
    print(type(time.process_time_ns()).__name__, time.thread_time() >= 0)

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')

if __name__ == '__main__':
    main()
