# Harness records the never-awaited RuntimeWarning with warnings.catch_warnings.
import asyncio, gc, warnings

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        asyncio.sleep(0.1)
        r *= i
    return r

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    value = asyncio.run(factorial(3))
    gc.collect()
print('value:', value)
print('warnings caught:', len(caught))
for w in caught[:2]:
    print(' ', w.category.__name__, '-', w.message)
msgs = {str(w.message) for w in caught}
print('unique messages:', sorted(msgs))
print('verdict:', 'forgot await' if any('never awaited' in m for m in msgs) else 'fine')
