# Harness writes the JSON report to stderr and exits with a boolean status from the score.
import asyncio, json, sys

async def factorial(n):
    if n < 0:
        raise ValueError('negative')
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def main():
    results = await asyncio.gather(factorial(5), factorial(-1), factorial(0), return_exceptions=True)
    passed = [results[0] == 120, isinstance(results[1], ValueError), results[2] == 0]
    score = sum(passed) / len(passed)
    print(f'score: {score:.1%} ({round(score * 100, 1)})')
    print(json.dumps({'passed': passed, 'score': round(score, 3)}), file=sys.stderr)
    return score

score = asyncio.run(main())
sys.exit(score < 0.9)
