# Harness parses 'n! = value' lines from captured student output with re and checks each.
import asyncio, io, math, re
from contextlib import redirect_stdout

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f'Factorial {n}! = {result:,}')
    return result

async def calculate_factorials(numbers):
    for c in asyncio.as_completed([factorial(n) for n in numbers]):
        await c

buf = io.StringIO()
with redirect_stdout(buf):
    asyncio.run(calculate_factorials([5, 7, 3, 6, 10]))
pattern = re.compile(r'(?P<n>\d+)!\s*=\s*(?P<value>[\d,]+)')
found = {int(m['n']): int(m['value'].replace(',', '')) for m in pattern.finditer(buf.getvalue())}
print(found)
for n, v in sorted(found.items()):
    print(f'{n:>2} {v:>9} {"ok" if v == math.factorial(n) else "bad"}')
print(re.findall(r'\d+(?=!)', buf.getvalue()))
print(re.sub(r'\d{1,3}(,\d{3})+', '<big>', buf.getvalue()).splitlines()[-1])
