# a task's exception keeps its traceback: traceback.format_exception shows the task's frames
import asyncio
import traceback

def check(x):
    if x < 0:
        raise ValueError(f'negative: {x}')
    return x

async def process(x):
    await asyncio.sleep(0.01)
    return check(x)

async def main():
    t = asyncio.create_task(process(-5))
    await asyncio.wait([t])
    exc = t.exception()
    lines = traceback.format_exception(exc)
    print(''.join(lines).replace(__file__, 'HERE'), end='')
    print(len(traceback.extract_tb(exc.__traceback__)))

asyncio.run(main())
