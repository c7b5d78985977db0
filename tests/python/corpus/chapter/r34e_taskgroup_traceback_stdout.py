# printing a TaskGroup failure with traceback.print_exception into a string
import asyncio
import io
import os
import traceback

async def worker():
    await asyncio.sleep(0.01)
    raise KeyError('missing')

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker())
    except* KeyError as eg:
        buf = io.StringIO()
        traceback.print_exception(eg, file=buf, limit=2)
        print(buf.getvalue().replace(os.path.dirname(__file__) + os.sep, ''))
        print([len(tb) for tb in [traceback.extract_tb(eg.__traceback__)]])

asyncio.run(main())
