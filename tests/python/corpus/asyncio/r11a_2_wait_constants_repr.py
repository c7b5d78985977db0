import asyncio

print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
print(repr(asyncio.ALL_COMPLETED))


async def main():
    t = asyncio.create_task(asyncio.sleep(0.01, "r"))
    try:
        await asyncio.wait([t], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    done, pending = await asyncio.wait([t], return_when=asyncio.ALL_COMPLETED)
    print(len(done), len(pending), t.result())
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
