import asyncio

async def failing(n):
    await asyncio.sleep(0.01)
    raise ValueError(f"job {n} failed")

async def main():
    t = asyncio.create_task(failing(1))
    await asyncio.sleep(0.02)
    print("main returns, task done:", t.done())
    return t

task = asyncio.run(main())
print("program continues")
del task
print("end")
