# Two tasks fail and nobody looks: when does "Task exception was never retrieved" appear?
import asyncio
import gc

async def fail(n):
    await asyncio.sleep(0.01 * n)
    raise RuntimeError(f"failure {n}")

async def main():
    t1 = asyncio.create_task(fail(1), name="first")
    asyncio.create_task(fail(2), name="second")
    await asyncio.sleep(0.1)
    print("both have failed; dropping t1")
    del t1
    gc.collect()
    print("after collect")

asyncio.run(main())
print("program end")
