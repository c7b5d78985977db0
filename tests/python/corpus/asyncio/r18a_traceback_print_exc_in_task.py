# traceback.print_exc() inside a task, and format_exception of a task's exception
import asyncio
import traceback

async def level2(x):
    await asyncio.sleep(0)
    return {'a': 1}[x]

async def level1(x):
    return await level2(x)

async def main():
    try:
        await level1('b')
    except KeyError:
        traceback.print_exc()
    t = asyncio.create_task(level1('c'))
    await asyncio.wait([t])
    exc = t.exception()
    lines = traceback.format_exception(exc)
    print(len(lines), lines[0].strip(), lines[-1].strip())
    for fs in traceback.extract_tb(exc.__traceback__):
        print(fs.name, fs.lineno, fs.line)

asyncio.run(main())
