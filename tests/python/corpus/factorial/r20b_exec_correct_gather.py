# Autograder exec()s a correct gather-based student solution and checks output and results.
import asyncio, contextlib, io, time

STUDENT = '''
import asyncio

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print('results:', results)
    return results

def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')
'''

ns = {'__name__': 'student'}
exec(STUDENT, ns)
buf = io.StringIO()
start = time.perf_counter()
with contextlib.redirect_stdout(buf):
    ns['main']()
elapsed = time.perf_counter() - start
lines = buf.getvalue().splitlines()
print('captured lines:', len(lines))
for ln in lines:
    print('  >', ln)
expected = ['Main - Starting', 'results: [120, 5040, 6, 720]', 'Main - Done']
print('output ok:', lines == expected)
print('concurrent:', elapsed < 1.2)
print('grade:', 'A' if lines == expected and elapsed < 1.2 else 'C')
