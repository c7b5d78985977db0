# Adding a task to a TaskGroup after its async with block has finished
import asyncio

async def noop(i):
    await asyncio.sleep(0.01)
    return i

async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(noop(1))
    print("result:", t.result())
    c = noop(2)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" <")[0])
    c.close()
    async with asyncio.TaskGroup() as tg2:
        pass
    print("empty group ok")

asyncio.run(main())
