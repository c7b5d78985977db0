# A reader sets a Future's result twice: InvalidStateError, and result() before set.
import asyncio


async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    fut.set_result(1)
    try:
        fut.set_result(2)
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    print(fut.result())
    print(repr(fut).startswith('<Future finished result=1>'))
    fut.set_result(3)


asyncio.run(main())
