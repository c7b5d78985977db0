# Tasks still running when main returns are cancelled by asyncio.run; their finally blocks and excepts print.
import asyncio
# (asyncio.run cancels the leftover tasks in the order of a set of tasks, CPython's by address: printed sorted.)

log = []

async def background(n):
    try:
        while True:
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        log.append(f'background {n} cancelled')
        raise
    finally:
        log.append(f'background {n} finally')

async def main():
    for n in range(3):
        asyncio.create_task(background(n))
    await asyncio.sleep(0.025)
    print('main returns')
    return 'result'

print(asyncio.run(main()))
print('after run')
print(*sorted(log), sep='\n')
