# test_tasks: print_stack of a task suspended in nested coroutines shows its innermost frame
import asyncio, io

async def leaf():
    await asyncio.sleep(0.1)

async def middle():
    await leaf()

def show(task):
    buf = io.StringIO()
    task.print_stack(file=buf)
    print(buf.getvalue().replace(__file__, 'FILE'), end='')

async def main():
    t = asyncio.create_task(middle(), name='worker')
    await asyncio.sleep(0)
    show(t)
    print(len(t.get_stack()), [f.f_code.co_name for f in t.get_stack()])
    await t
    show(t)

asyncio.run(main())
