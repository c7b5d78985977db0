# get_stack() of a finished task is empty; print_stack() of it names the task and says no stack
import asyncio
import io
import re

async def quick():
    return 'q'

async def main():
    t = asyncio.create_task(quick(), name='quick')
    await t
    print(t.get_stack(), t.get_stack(limit=1))
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(re.sub(r' at \S+', '', buf.getvalue()), end='')

asyncio.run(main())
