# get_running_loop inside and outside a coroutine, the loop's type name, the same loop for every task of a run.
import asyncio

async def which():
    return asyncio.get_running_loop()

async def main():
    loop = asyncio.get_running_loop()
    print(type(loop).__name__)
    print('same loop in a task:', await asyncio.create_task(which()) is loop)
    print('isinstance AbstractEventLoop:', isinstance(loop, asyncio.AbstractEventLoop))
    return loop

first = asyncio.run(main())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('outside:', e)
print('closed after run:', first.is_closed())
second = asyncio.run(main())
print('a new loop per run:', first is not second)
