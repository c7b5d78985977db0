# Harness overrides warnings.showwarning to count the student's never-awaited coroutines.
import asyncio, gc, warnings

seen = []

def hook(message, category, filename, lineno, file=None, line=None):
    seen.append((category.__name__, str(message), lineno))

warnings.showwarning = hook

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        asyncio.sleep(0.1)
        r *= i
    return r

async def forgot_gather(nums):
    return [factorial(n) for n in nums]

print(asyncio.run(factorial(3)))
coros = asyncio.run(forgot_gather([2, 3]))
print([type(c).__name__ for c in coros])
del coros
gc.collect()
for item in seen:
    print(item)
print('count:', len(seen))
