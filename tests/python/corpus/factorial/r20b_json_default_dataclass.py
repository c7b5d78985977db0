# Harness json.dumps a dataclass report; first attempt fails, then uses default=asdict.
import asyncio, json
from dataclasses import dataclass, asdict

@dataclass
class Check:
    n: int
    expected: int
    got: int | None

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r if n < 6 else None

async def main():
    nums = [4, 5, 6]
    got = await asyncio.gather(*map(factorial, nums))
    checks = [Check(n, e, g) for n, e, g in zip(nums, [24, 120, 720], got)]
    try:
        print(json.dumps(checks))
    except TypeError as e:
        print('TypeError:', e)
    print(json.dumps(checks, default=asdict))
    print(json.dumps({'ok': [c.got == c.expected for c in checks], 'pi': 3.0, 'nan': float('nan')}))
    try:
        json.dumps({'x': float('inf')}, allow_nan=False)
    except ValueError as e:
        print('ValueError:', e)
    print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({1: 'a', True: 'b', None: 'c'}))

asyncio.run(main())
