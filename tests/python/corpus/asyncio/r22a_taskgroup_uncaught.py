# An uncaught ExceptionGroup from a TaskGroup is printed with its tree.
import asyncio

async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(parse('12'))
        tg.create_task(parse('x'))

asyncio.run(main())
# (end of the program)
