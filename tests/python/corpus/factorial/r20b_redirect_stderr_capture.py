# Harness captures both stdout and stderr of the student's run and prints a summary.
import asyncio, io, sys, traceback
from contextlib import redirect_stdout, redirect_stderr

async def factorial(n):
    print(f'computing {n}!', file=sys.stderr)
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    print(f'{n}! = {result}')
    if n == 4:
        raise OverflowError('too big for my taste')
    return result

out, err = io.StringIO(), io.StringIO()
with redirect_stdout(out), redirect_stderr(err):
    try:
        asyncio.run(asyncio.wait([asyncio.ensure_future(factorial(3)) for _ in ()] or [factorial(3)]))
    except TypeError as e:
        print('harness:', e, file=sys.stderr)
    for n in (2, 4):
        try:
            asyncio.run(factorial(n))
        except Exception:
            traceback.print_exc(limit=0)
print('STDOUT:', out.getvalue().splitlines())
print('STDERR:', err.getvalue().splitlines())
