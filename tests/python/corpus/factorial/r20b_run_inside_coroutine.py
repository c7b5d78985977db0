# Student calls asyncio.run inside an async function; harness catches RuntimeError.
import asyncio, gc, sys

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def calculate_factorials(numbers):
    return [asyncio.run(factorial(n)) for n in numbers]

try:
    asyncio.run(calculate_factorials([3, 4]))
except RuntimeError as e:
    print('RuntimeError:', e)
gc.collect()
print('done', file=sys.stderr)
print('status ok')
