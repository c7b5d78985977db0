# print_stack of a sleeping task to see where it is
import asyncio
import io
import os

async def deeper():
    await asyncio.sleep(0.1)

async def worker():
    await deeper()
    return 1

async def main():
    t = asyncio.create_task(worker(), name='W')
    await asyncio.sleep(0.01)
    stack = t.get_stack()
    print(len(stack), [f.f_code.co_name for f in stack])
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().replace(os.path.dirname(__file__) + os.sep, ''))
    await t
    print('after', t.get_stack())

asyncio.run(main())
