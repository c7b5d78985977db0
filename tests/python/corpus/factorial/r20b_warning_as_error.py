# Harness turns RuntimeWarnings into errors and catches the never-awaited one with sys.unraisablehook.
import asyncio, gc, warnings, sys

warnings.simplefilter('error', RuntimeWarning)

def hook(u):
    print('unraisable:', type(u.exc_value).__name__, '-', u.exc_value,
          '| object is coroutine:', asyncio.iscoroutine(u.object))

sys.unraisablehook = hook

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def student():
    c = factorial(3)
    return 'returned without awaiting'

print(asyncio.run(student()))
gc.collect()
print('value:', asyncio.run(factorial(4)))
try:
    warnings.warn('explicit', RuntimeWarning)
except RuntimeWarning as e:
    print('raised:', e)
print('end of harness')
