# Harness compares captured student output to the model answer with difflib.
import asyncio, contextlib, difflib, io

async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        result *= i
    print(f'Factorial of {n} is {result}')
    return result

async def calculate_factorials(numbers):
    results = await asyncio.gather(*[factorial(n) for n in numbers])
    print('Results:', results)

MODEL = '''Main - Starting
factorial(3) = 6
factorial(5) = 120
factorial(6) = 720
factorial(7) = 5040
Results: [120, 5040, 6, 720]
Main - Done
'''

out = io.StringIO()
with contextlib.redirect_stdout(out):
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')
diff = list(difflib.unified_diff(MODEL.splitlines(True), out.getvalue().splitlines(True),
                                 'model', 'student'))
print(''.join(diff), end='')
ratio = difflib.SequenceMatcher(None, MODEL, out.getvalue()).ratio()
print(f'similarity: {ratio:.3f}')
