# Captures as_completed student output with redirect_stdout and checks order of finishing.
import asyncio, io
from contextlib import redirect_stdout

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f'factorial({n}) finished')
    return n, result

async def calculate_factorials(numbers):
    for coro in asyncio.as_completed([factorial(n) for n in numbers]):
        n, r = await coro
        print(f'{n}! = {r}')

buf = io.StringIO()
with redirect_stdout(buf):
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')
text = buf.getvalue()
print(text, end='')
order = [int(l.split('!')[0]) for l in text.splitlines() if '! =' in l]
print('completion order:', order)
print('sorted by size:', order == sorted(order))
