# Task.get_stack() and print_stack() of a suspended task and of one that failed.
import asyncio, io

async def deep(n):
    if n == 0:
        await asyncio.sleep(1)
    await deep(n - 1)

async def fails():
    raise KeyError('lost')

async def main():
    t = asyncio.create_task(deep(2))
    f = asyncio.create_task(fails(), name='failing')
    await asyncio.sleep(0)
    print('suspended stack:', [fr.f_code.co_name for fr in t.get_stack()])
    print('limit=1:', [fr.f_code.co_name for fr in t.get_stack(limit=1)])
    buf = io.StringIO()
    f.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, 'FILE'), end='')
    print('failed stack:', [fr.f_code.co_name for fr in f.get_stack()])
    t.cancel()
    await asyncio.sleep(0)
    print('cancelled stack:', t.get_stack())

asyncio.run(main())
