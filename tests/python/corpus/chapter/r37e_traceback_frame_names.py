# walked the exception's traceback to list the function names it went through
import asyncio
import traceback

async def inner(n):
    await asyncio.sleep(0.01)
    raise LookupError(f'no item {n}')

async def worker(n):
    return await inner(n)

async def main():
    try:
        await asyncio.gather(worker(1))
    except LookupError as e:
        names = []
        tb = e.__traceback__
        while tb is not None:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print('mine:', [n for n in names if n in ('main', 'worker', 'inner')])
        for fs in traceback.extract_tb(e.__traceback__):
            if fs.filename.endswith('.py') and 'asyncio' not in fs.filename:
                print(fs.name, fs.lineno, fs.line)

asyncio.run(main())
