# asyncio.wait in 3.11: coroutines are refused (TypeError), an empty set is a ValueError, return_when is checked.
import asyncio

async def job(n):
    await asyncio.sleep(0.01 * n)
    return n

async def main():
    try:
        await asyncio.wait([job(1), job(2)])
    except TypeError as e:
        print('TypeError:', e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)
    t = asyncio.create_task(job(1))
    try:
        await asyncio.wait([t], return_when='SOMETIMES')
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.wait(t)
    except TypeError as e:
        print('TypeError:', e)
    done, pending = await asyncio.wait({t})
    print(len(done), len(pending), t.result())

asyncio.run(main())
