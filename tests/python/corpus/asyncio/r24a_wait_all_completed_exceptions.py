import asyncio

async def job(i):
    await asyncio.sleep(0.01 * (3 - i))
    if i == 1:
        raise ArithmeticError("bad job 1")
    return i

async def main():
    tasks = [asyncio.create_task(job(i), name=f"t{i}") for i in range(3)]
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    for t in tasks:
        if t.exception() is None:
            print(t.get_name(), "->", t.result())
        else:
            print(t.get_name(), "failed with", type(t.exception()).__name__)
    try:
        await asyncio.wait(tasks, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
