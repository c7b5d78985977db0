# Harness feeds big inputs to recursive student solutions and reports the RecursionError messages.
import asyncio, sys

def fact_cmp(n):
    if n <= 1:
        return 1
    return n * fact_cmp(n - 1)

def fact_ternary(n):
    return 1 if n == 0 else n * fact_ternary(n - 1)

async def fact_async(n):
    if n <= 1:
        return 1
    return n * await fact_async(n - 1)

async def fact_async_sleep(n):
    if n <= 1:
        return 1
    await asyncio.sleep(0)
    return n * await fact_async_sleep(n - 1)

print('limit', sys.getrecursionlimit())
for fn in (fact_cmp, fact_ternary):
    for n in (500, 5000):
        try:
            print(fn.__name__, n, len(str(fn(n))), 'digits')
        except RecursionError as e:
            print(fn.__name__, n, 'RecursionError:', e)
for fn in (fact_async, fact_async_sleep):
    for n in (500, 5000):
        try:
            print(fn.__name__, n, len(str(asyncio.run(fn(n)))), 'digits')
        except RecursionError as e:
            print(fn.__name__, n, 'RecursionError:', e)
