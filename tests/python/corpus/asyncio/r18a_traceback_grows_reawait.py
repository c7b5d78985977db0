# awaiting a failed task several times re-raises one exception; its traceback grows
import asyncio
import traceback

async def fail():
    await asyncio.sleep(0)
    raise ValueError('once')

async def main():
    t = asyncio.create_task(fail())
    for attempt in range(3):
        try:
            await t
        except ValueError as e:
            names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
            print(attempt, names)
    print('same object:', t.exception() is t.exception())
    await t

asyncio.run(main())
