import asyncio


async def level3():
    try:
        await asyncio.sleep(1)
    finally:
        print("level3 cleanup")


async def level2():
    try:
        await level3()
    finally:
        print("level2 cleanup")


async def level1():
    try:
        await asyncio.create_task(level2())
    except asyncio.CancelledError as e:
        print("level1 got CancelledError", e.args)
        raise


async def main():
    t = asyncio.create_task(level1())
    await asyncio.sleep(0.01)
    t.cancel("stop all")
    await asyncio.gather(t, return_exceptions=True)
    print(t.cancelled())
    print(sorted(x.get_name() for x in asyncio.all_tasks()))


asyncio.run(main())
