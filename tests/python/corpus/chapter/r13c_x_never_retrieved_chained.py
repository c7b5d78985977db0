import asyncio

async def parse(text):
    await asyncio.sleep(0.01)
    try:
        return int(text)
    except ValueError as e:
        raise TypeError(f'bad record {text!r}') from e

async def do_something():
    task = asyncio.create_task(parse('4x2'))
    await asyncio.sleep(0.05)
    print('do_something - task done:', task.done())

print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
