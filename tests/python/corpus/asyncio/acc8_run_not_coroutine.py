# asyncio.run of things that are not coroutines: ValueError for each, as CPython words it.
import asyncio

async def main():
    return 'ok'

for bad in (42, None, 'main', [1]):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print('ValueError:', e)
print(asyncio.run(main()))
