# Harness inspects the student's source text with inspect.getsource for required calls.
import asyncio, inspect, time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

def lazy_factorial(n):
    time.sleep(0)
    return 1 if n < 2 else n * lazy_factorial(n - 1)

for fn in (factorial, lazy_factorial):
    src = inspect.getsource(fn)
    lines, start = inspect.getsourcelines(fn)
    print(f'{fn.__name__}: {len(lines)} lines starting at {start}')
    print('  async def      :', src.lstrip().startswith('async def'))
    print('  awaits sleep   :', 'await asyncio.sleep(0.1)' in src)
    print('  uses time.sleep:', 'time.sleep' in src)
    print('  first line     :', lines[0].rstrip())
print(inspect.signature(factorial))
print(inspect.getdoc(factorial))
