# traceback.print_exc() in a task's except block: the error printed, the program goes on
import asyncio
import traceback

async def parse(text):
    try:
        return int(text)
    except ValueError:
        traceback.print_exc()
        return 0

async def main():
    print(await asyncio.gather(parse("4"), parse("four")))

asyncio.run(main())
