# Harness registers an atexit summary that prints even when sys.exit ends grading early.
import asyncio, atexit, sys

log = []

@atexit.register
def summary():
    print(f'summary: {len(log)} checks, {sum(log)} passed')

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    return result

async def main():
    for n, want in [(3, 6), (4, 24), (5, 121), (6, 720)]:
        ok = await factorial(n) == want
        log.append(ok)
        print(f'{n}: {"ok" if ok else "wrong"}')
        if not ok:
            sys.exit(2)

asyncio.run(main())
