# Walk tb_next by hand to list the function names an error passed through, per asyncio API.
import asyncio


async def factorial(n):
    await asyncio.sleep(0.01)
    if n < 0:
        raise ValueError(n)
    return 1 if n < 2 else n * await factorial(n - 1)


def names(exc):
    out, tb = [], exc.__traceback__
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out


async def main():
    try:
        for fut in asyncio.as_completed([factorial(-1)]):
            await fut
    except ValueError as e:
        print("as_completed:", names(e))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(factorial(-2))
    except ExceptionGroup as eg:
        print("taskgroup group:", names(eg), "inner:", names(eg.exceptions[0]))
    try:
        async with asyncio.timeout(0.05):
            await factorial(30)
    except TimeoutError as e:
        print("timeout:", names(e), "context:", type(e.__context__).__name__)
    try:
        await asyncio.wait_for(factorial(30), timeout=0.05)
    except TimeoutError as e:
        print("wait_for timeout:", names(e))
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("queue:", names(e))


asyncio.run(main())
