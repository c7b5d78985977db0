import asyncio
import io
import os

async def inner():
    await asyncio.sleep(0.3)

async def outer():
    await inner()

async def main():
    t = asyncio.create_task(outer(), name='worker')
    await asyncio.sleep(0.01)
    frames = t.get_stack()
    print(len(frames), [f.f_code.co_name for f in frames])
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().replace(os.path.dirname(os.path.abspath(__file__)), 'DIR'))
    await t
    print(t.get_stack())

asyncio.run(main())
