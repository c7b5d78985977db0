# Harness reports student's exception with traceback.print_exc to stderr and continues.
import asyncio, traceback, sys

async def factorial(n):
    if n == 0:
        return 0 // n
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

def grade(n):
    try:
        v = asyncio.run(factorial(n))
        print(f'{n}: {v}')
        return 1
    except Exception:
        print(f'{n}: crashed (see stderr)')
        traceback.print_exc()
        return 0

score = sum(grade(n) for n in [3, 0, 5])
print('score', score)
sys.stdout.flush()
sys.exit(3 - score)
