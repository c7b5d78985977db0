# test_pep492: awaiting a coroutine that another task is awaiting raises "coroutine is being awaited already"
import asyncio

async def slow():
    await asyncio.sleep(0.05)
    return 'slow'

async def also(coro):
    try:
        return await coro
    except RuntimeError as e:
        return f'RuntimeError: {e}'

async def main():
    c = slow()
    t1 = asyncio.create_task(also(c))
    await asyncio.sleep(0)
    t2 = asyncio.create_task(also(c))
    print(await t2)
    print(await t1)

asyncio.run(main())
