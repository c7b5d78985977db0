# format_exception_only on errors from gather, including a note I added
import asyncio
import traceback

async def worker(n):
    await asyncio.sleep(0.01)
    if n == 2:
        e = ValueError(f'bad input {n}')
        e.add_note('hint: use a number below 2')
        raise e
    return n

async def main():
    results = await asyncio.gather(*(worker(n) for n in range(3)), return_exceptions=True)
    for r in results:
        if isinstance(r, BaseException):
            print(''.join(traceback.format_exception_only(r)), end='')
        else:
            print('ok', r)
    eg = ExceptionGroup('many', [r for r in results if isinstance(r, Exception)] + [KeyError('k')])
    print(traceback.format_exception_only(eg))

asyncio.run(main())
