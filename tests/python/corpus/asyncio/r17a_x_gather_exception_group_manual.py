# collecting gather's errors into an ExceptionGroup by hand and splitting it
import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    if n % 2:
        raise ValueError(f'odd {n}')
    if n == 4:
        raise KeyError(n)
    return n

async def main():
    results = await asyncio.gather(*(job(n) for n in range(6)), return_exceptions=True)
    errors = [r for r in results if isinstance(r, Exception)]
    eg = ExceptionGroup('job failures', errors)
    values, rest = eg.split(ValueError)
    print(len(values.exceptions), rest)
    try:
        raise eg
    except* KeyError as g:
        print('keys', g.exceptions)
    except* ValueError as g:
        print('values', [str(e) for e in g.exceptions])

asyncio.run(main())
