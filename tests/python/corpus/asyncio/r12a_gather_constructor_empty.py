# test_tasks: GatherTests.test_constructor_empty_sequence / heterogeneous futures
import asyncio

async def main():
    g = asyncio.gather()
    print(type(g).__name__, g.done(), g.result())
    g2 = asyncio.gather(return_exceptions=True)
    print(await g2)
    try:
        asyncio.gather(1, 2)
    except TypeError as e:
        print("TypeError:", e)
    f = asyncio.get_running_loop().create_future()
    f.set_result(5)
    print(await asyncio.gather(f, asyncio.sleep(0, 6), f))

asyncio.run(main())
