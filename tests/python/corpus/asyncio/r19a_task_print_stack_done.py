# Task.get_stack / print_stack of finished tasks (paths reduced to file names)
import asyncio
import io
import os

async def fails():
    await asyncio.sleep(0.1)
    raise ValueError("stack me")

async def ok():
    return 1

async def main():
    t = asyncio.create_task(fails(), name='failing')
    await asyncio.wait([t])
    frames = t.get_stack()
    print(len(frames), [f.f_code.co_name for f in frames])
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().replace(os.path.abspath(__file__), os.path.basename(__file__)), end='')
    print(t.get_stack(limit=0))
    t2 = asyncio.create_task(ok())
    await t2
    buf = io.StringIO()
    t2.print_stack(file=buf)
    print(buf.getvalue().replace(os.path.abspath(__file__), os.path.basename(__file__)), end='')

asyncio.run(main())
