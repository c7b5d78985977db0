# When exactly "Task exception was never retrieved" appears: at del, with no gc.collect()
import asyncio


async def broken(n):
    raise ArithmeticError(f"broken {n}")


async def main():
    t = asyncio.create_task(broken(1), name="first")
    await asyncio.sleep(0)
    print("task done:", t.done())
    print("deleting the task")
    del t
    print("after del")
    asyncio.create_task(broken(2), name="second")
    await asyncio.sleep(0)
    print("main ends")


asyncio.run(main())
print("program ends")
