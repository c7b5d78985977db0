# Task.print_stack on a sleeping worker, to see where it is waiting
import asyncio
import io

async def inner():
    await asyncio.sleep(0.1)

async def worker():
    await inner()
    return 42

async def main():
    t = asyncio.create_task(worker(), name='sleepy')
    await asyncio.sleep(0.01)
    print('frames:', len(t.get_stack()))
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, 'HERE'), end='')
    print(await t)
    print('frames after:', len(t.get_stack()))

asyncio.run(main())
