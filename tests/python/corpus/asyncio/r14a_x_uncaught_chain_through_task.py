# test_tasks: an exception raised "from" another inside a task keeps both tracebacks when uncaught in main
import asyncio

class ParseError(Exception):
    pass

async def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ParseError(f'bad number {text!r}') from e

async def main():
    values = await asyncio.gather(parse('1'), parse('two'))
    print(values)

asyncio.run(main())
