import asyncio
import io


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
    print(buf.getvalue().replace(__file__.rpartition("/")[0], 'DIR'))
    await t
    print(t.get_stack())

asyncio.run(main())
