# Harness exits with sys.exit(message) when the score is below the pass mark.
import asyncio, sys

async def factorial(n):
    r = 1
    for i in range(2, n):
        await asyncio.sleep(0.01)
        r *= i
    return r

CASES = [(0, 1), (1, 1), (2, 2), (5, 120), (6, 720)]

async def score():
    got = await asyncio.gather(*(factorial(n) for n, _ in CASES))
    points = 0
    for (n, want), g in zip(CASES, got):
        mark = '\u2713' if g == want else '\u2717'
        points += g == want
        print(f'{n}! -> {g!s:>4} (want {want:>4}) {mark}')
    return points

pts = asyncio.run(score())
print(f'total {pts}/{len(CASES)}')
if pts < 4:
    sys.exit(f'FAILED: {pts}/{len(CASES)} is below the pass mark')
print('PASSED')
