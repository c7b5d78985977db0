# a coroutine can be awaited once; close() on a suspended one raises GeneratorExit inside
import asyncio

async def step():
    try:
        await asyncio.sleep(0)
        return 'stepped'
    finally:
        print('step finally')

async def main():
    c = step()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print('RuntimeError:', e)
    c2 = step()
    c2.send(None)
    c2.close()
    print('closed; send again:')
    try:
        c2.send(None)
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
