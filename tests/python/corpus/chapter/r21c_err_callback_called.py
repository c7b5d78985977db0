# The callback called instead of passed: print_it(task) runs too early.
import asyncio

def print_it(task):
    print('print_it result:', task.result())

async def main():
    t = asyncio.create_task(asyncio.sleep(0.1, result=42))
    t.add_done_callback(print_it(t))
    await t

asyncio.run(main())
