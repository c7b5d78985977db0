# test_pep492: a coroutine awaited twice, a task of a finished coroutine, and send on a closed one
import asyncio

async def once():
    return 'value'

async def main():
    c = once()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print('RuntimeError:', e)
    c2 = once()
    c2.close()
    try:
        c2.send(None)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        asyncio.create_task(c)
        await asyncio.sleep(0)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(once), c.cr_running)

asyncio.run(main())
