# asyncio.run cancels leftover tasks when main returns; several tasks print as they are cancelled.
import asyncio

async def background(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, 'cancelled')
        raise

async def main():
    for name in ('a', 'b', 'c', 'd'):
        asyncio.create_task(background(name))
    await asyncio.sleep(0.01)
    print('main returns')

asyncio.run(main())
print('done')
