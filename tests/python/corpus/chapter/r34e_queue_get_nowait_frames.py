# which lines are in the traceback of QueueEmpty from get_nowait
import asyncio
import traceback

async def main():
    q = asyncio.Queue()
    await q.put('only job')
    for _ in range(2):
        try:
            print('got', q.get_nowait())
        except asyncio.QueueEmpty as e:
            for fs in traceback.extract_tb(e.__traceback__):
                print(fs.name, '|', fs.line)

asyncio.run(main())
