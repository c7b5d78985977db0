# The same mistake in a coroutine, and sys.stdout.write at every level: each
# write to a standard stream needs two levels of recursion, as in CPython 3.11.
import asyncio
import sys
sys.setrecursionlimit(50)

def shout(n):
    sys.stdout.write(f'{n} ')
    return shout(n + 1)

try:
    shout(0)
except RecursionError as e:
    print()
    print('sync:', e)

async def countdown(n):
    print(n)
    await countdown(n - 1)

asyncio.run(countdown(3))
