# Student warns about negative input with warnings.warn; harness captures stderr to grade it.
import asyncio, io, contextlib, warnings

async def factorial(n):
    if n < 0:
        warnings.warn(f'negative input {n}, returning 1', UserWarning)
        return 1
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

err = io.StringIO()
with contextlib.redirect_stderr(err):
    values = asyncio.run(asyncio.wait_for(factorial(-3), 1))
    values2 = asyncio.run(factorial(-3))
text = err.getvalue().replace(__file__, 'FILE')
print('values:', values, values2)
print(text, end='')
print('warned once:', text.count('UserWarning') == 1)
warnings.warn('harness notice', DeprecationWarning)
warnings.warn('harness notice', RuntimeWarning, stacklevel=1)
print('end')
