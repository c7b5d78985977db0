# Subtly wrong student: range(1, n) misses the last factor; harness table with marks.
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n):
        await asyncio.sleep(0.01)
        result *= i
    return result

EXPECTED = {0: 1, 1: 1, 3: 6, 5: 120, 7: 5040}

async def grade():
    keys = list(EXPECTED)
    got = await asyncio.gather(*[factorial(k) for k in keys])
    passed = 0
    print(f"{'n':>3} | {'expected':>8} | {'got':>8} | ok")
    print('-' * 30)
    for k, g in zip(keys, got):
        ok = g == EXPECTED[k]
        passed += ok
        print(f'{k:>3} | {EXPECTED[k]:>8} | {g:>8} | {"Y" if ok else "N"}')
    print(f'passed {passed}/{len(keys)} = {passed / len(keys):.0%}')
    return passed

p = asyncio.run(grade())
raise SystemExit(0 if p == len(EXPECTED) else 1)
