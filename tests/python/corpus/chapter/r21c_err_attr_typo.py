# A misspelt task method: add_done_callbak.
import asyncio

def print_it(task):
    print(task.result())

async def main():
    t = asyncio.create_task(asyncio.sleep(0.1, result=1))
    t.add_done_callbak(print_it)
    await t

asyncio.run(main())
