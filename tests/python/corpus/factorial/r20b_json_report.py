# Autograder produces a JSON report of the student's results and timing verdict.
import asyncio, json, time

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    return dict(zip(numbers, await asyncio.gather(*[factorial(n) for n in numbers])))

start = time.perf_counter()
results = asyncio.run(calculate_factorials([5, 7, 3, 6]))
elapsed = time.perf_counter() - start
report = {
    'student': 'sam',
    'results': results,
    'correct': results == {5: 120, 7: 5040, 3: 6, 6: 720},
    'concurrent': elapsed < 1.5,
    'rounded_ticks': round(elapsed * 10) >= 7,
    'score': None,
}
report['score'] = 10 * report['correct'] + 5 * report['concurrent']
print(json.dumps(report, indent=2, sort_keys=True))
print(json.dumps(report, separators=(',', ':')))
