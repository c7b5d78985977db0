# Student code exec()'d from a string fails at runtime; harness lists the non-library frames.
import asyncio, traceback, os

SRC = '''
import asyncio
async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        reslt *= i
    return result
'''

ns = {}
exec(SRC, ns)

async def check():
    return await asyncio.gather(*(ns['factorial'](n) for n in (2, 3)))

try:
    asyncio.run(check())
except Exception as e:
    print('error:', type(e).__name__, '-', e)
    for fr in traceback.extract_tb(e.__traceback__):
        if 'asyncio' in fr.filename:
            continue
        print(f'  {os.path.basename(fr.filename)}:{fr.lineno} in {fr.name}: {fr.line!r}')
    last = traceback.format_exc().splitlines()[-1]
    print('last line:', last)
