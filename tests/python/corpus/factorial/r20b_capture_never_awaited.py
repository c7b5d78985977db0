# Harness captures the 'never awaited' RuntimeWarning text through redirect_stderr.
import asyncio, gc, io, contextlib

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        asyncio.sleep(0.1)
        r *= i
    return r

err = io.StringIO()
with contextlib.redirect_stderr(err):
    value = asyncio.run(factorial(4))
    gc.collect()
captured = err.getvalue().splitlines()
print('value:', value)
print('captured', len(captured), 'lines')
for line in captured:
    print('  |', line.replace(__file__, 'FILE'))
print('verdict:', 'forgot await' if 'never awaited' in err.getvalue() else 'no warning seen')
