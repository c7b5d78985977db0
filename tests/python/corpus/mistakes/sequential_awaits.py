# Mistake (slow, not wrong): awaiting each factorial in a loop runs them one after another.
import asyncio

async def factorial(n):
    print('start', n)
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print('end', n)
    return result

async def calculate_factorials(numbers):
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = []
    for n in numbers:
        results.append(await factorial(n))
    print(results, 'in at least 0.7 s:', loop.time() - start >= 0.7)

asyncio.run(calculate_factorials([3, 1, 3]))
