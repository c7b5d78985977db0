# Harness bug: it swaps sys.stdout by hand and forgets to restore it on the error path.
import asyncio, io, sys

async def factorial(n):
    if n < 0:
        raise ValueError('negative')
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    print(f'{n}! = {r}')
    return r

def capture(n):
    old = sys.stdout
    sys.stdout = buf = io.StringIO()
    asyncio.run(factorial(n))
    sys.stdout = old
    return buf.getvalue()

print('captured:', repr(capture(4)))
try:
    capture(-1)
except ValueError as e:
    print('student error:', e)
sys.__stdout__.write('via __stdout__: stdout is redirected = %s\n' % (sys.stdout is not sys.__stdout__))
print('this line is lost')
sys.stdout = sys.__stdout__
print('restored')
