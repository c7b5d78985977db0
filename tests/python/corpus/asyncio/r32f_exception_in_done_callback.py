# A done callback that raises: the loop logs it and the program goes on
import asyncio

def report(task):
    data = task.result()
    print("report: total =", sum(data["values"]))

async def load():
    await asyncio.sleep(0.01)
    return {"value": [1, 2, 3]}

async def main():
    t = asyncio.create_task(load(), name="loader")
    t.add_done_callback(report)
    await t
    await asyncio.sleep(0.01)
    print("main continues after the callback error")

asyncio.run(main())
