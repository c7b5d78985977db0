# test_tasks: test_wait_errors -- empty set, bad return_when, coroutines refused
import asyncio

async def main():
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print("ValueError:", e)
    t = asyncio.create_task(asyncio.sleep(0))
    try:
        await asyncio.wait([t], return_when=-1)
    except ValueError as e:
        print("ValueError:", e)
    c = asyncio.sleep(0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError:", e)
    c.close()
    done, pending = await asyncio.wait([t, t])
    print(len(done), len(pending))

asyncio.run(main())
