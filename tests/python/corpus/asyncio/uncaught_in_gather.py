# An exception in a task that gather awaits: the traceback runs from main into the task.
import asyncio

async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)

async def total(texts):
    values = await asyncio.gather(*(parse(t) for t in texts))
    return sum(values)

async def main():
    print('total:', await total(['1', '2', '3']))
    print('total:', await total(['4', 'five', '6']))

asyncio.run(main())
