# Harness combines redirect_stdout, redirect_stderr and suppress with an ExitStack.
import asyncio, io, sys
from contextlib import ExitStack, redirect_stdout, redirect_stderr, suppress

async def factorial(n):
    print(f'start {n}')
    if n < 0:
        print('warning: negative', file=sys.stderr)
        raise ValueError(n)
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    print(f'end {n} = {r}')
    return r

outs = {}
for n in (4, -2):
    out, err = io.StringIO(), io.StringIO()
    with ExitStack() as stack:
        stack.enter_context(redirect_stdout(out))
        stack.enter_context(redirect_stderr(err))
        stack.enter_context(suppress(ValueError))
        stack.callback(print, 'cleanup ran for', n)
        asyncio.run(factorial(n))
    outs[n] = (out.getvalue(), err.getvalue())
for n, (o, e) in outs.items():
    print(n, repr(o), repr(e))
