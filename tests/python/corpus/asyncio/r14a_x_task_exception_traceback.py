# test_tasks test_exception_traceback: task.exception().__traceback__ holds the coroutine's frames
import asyncio, traceback

async def level2():
    await asyncio.sleep(0)
    raise IndexError('deep')

async def level1():
    await level2()

async def main():
    t = asyncio.create_task(level1())
    await asyncio.wait([t])
    e = t.exception()
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line)
    print(''.join(traceback.format_exception_only(type(e), e)), end='')

asyncio.run(main())
