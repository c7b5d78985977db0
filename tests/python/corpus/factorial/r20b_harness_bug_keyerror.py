# The teacher's harness itself has a bug: a KeyError escapes and exit status is 1.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

EXPECTED = {3: 6, 4: 24, 5: 120}

async def grade(nums):
    got = await asyncio.gather(*map(factorial, nums))
    table = {}
    for n, g in zip(nums, got):
        table[n] = 'ok' if g == EXPECTED[n] else 'bad'
        print(f'{n}: {table[n]}')
    return table

print(asyncio.run(grade([3, 4])))
print(asyncio.run(grade([5, 6, 3])))
print('unreachable')
