# asyncio.run cancels leftover tasks when main returns; several tasks print as they are cancelled.
import asyncio
# (asyncio.run cancels the leftover tasks in the order of a set of tasks, CPython's by address: printed sorted.)

log = []

async def background(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f'{name} cancelled')
        raise

async def main():
    for name in ('a', 'b', 'c', 'd'):
        asyncio.create_task(background(name))
    await asyncio.sleep(0.01)
    print('main returns')

asyncio.run(main())
print('done')
print(*sorted(log), sep='\n')
