# A done callback defined with two parameters.
import asyncio

def print_it(task, label):
    print(label, task.result())

async def main():
    t = asyncio.create_task(asyncio.sleep(0.1, result=42))
    t.add_done_callback(print_it)
    await t
    await asyncio.sleep(0)
    print('main done')

asyncio.run(main())
