import asyncio

async def work():
    return 1

async def main():
    try:
        asyncio.create_task(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.get_running_loop().call_soon(5)
    except TypeError as e:
        print("TypeError:", e)
    t = asyncio.create_task(work())
    await t
    print("cancel done task:", t.cancel())
    await t.result()

asyncio.run(main())
