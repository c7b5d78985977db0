# The executor's exception is left uncaught: its traceback shows the worker function's frame.
import asyncio


def parse(text):
    return int(text)


async def main():
    loop = asyncio.get_running_loop()
    values = []
    for text in ['1', '2', 'three']:
        values.append(await loop.run_in_executor(None, parse, text))
    print(values)


asyncio.run(main())
