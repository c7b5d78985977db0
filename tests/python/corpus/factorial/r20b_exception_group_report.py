# Harness bundles student failures into its own ExceptionGroup with notes and prints format_exception.
import asyncio, traceback

async def factorial(n):
    if n < 0:
        raise ValueError(f'negative: {n}')
    if not isinstance(n, int):
        raise TypeError(f'not an int: {n!r}')
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def main():
    inputs = [3, -1, 'x', 4]
    results = await asyncio.gather(*map(factorial, inputs), return_exceptions=True)
    errors = []
    for n, r in zip(inputs, results):
        if isinstance(r, Exception):
            r.add_note(f'while grading input {n!r}')
            r.__traceback__ = None
            errors.append(r)
    if errors:
        eg = ExceptionGroup('student solution failed', errors)
        print(''.join(traceback.format_exception(eg)), end='')
        print('---')
        print(''.join(traceback.format_exception_only(eg)), end='')
    print([r for r in results if not isinstance(r, Exception)])

asyncio.run(main())
