# printing the traceback myself inside the worker and carrying on
import asyncio
import traceback

async def parse(text):
    await asyncio.sleep(0.01)
    return int(text)

async def worker(text):
    try:
        return await parse(text)
    except ValueError:
        traceback.print_exc()
        print('worker - bad input', repr(text))
        return 0

async def main():
    print(await asyncio.gather(worker('12'), worker('x1'), worker(' 7 ')))
    try:
        await parse('3.5')
    except ValueError as e:
        print(''.join(traceback.format_exception_only(e)), end='')
        traceback.print_exception(e)

asyncio.run(main())
