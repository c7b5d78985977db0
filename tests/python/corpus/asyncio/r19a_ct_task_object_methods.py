# docs "Task Object": get_coro, get_name/set_name, done, result, exception, get_loop
import asyncio

async def compute(x):
    await asyncio.sleep(0.1)
    return x * 2

async def main():
    coro = compute(21)
    task = asyncio.create_task(coro)
    print(task.get_coro() is coro, task.get_coro().__name__)
    print(task.get_name())
    task.set_name('computer')
    print(task.get_name())
    task.set_name(12345)
    print(repr(task.get_name()))
    print(task.get_loop() is asyncio.get_running_loop())
    print("done:", task.done())
    for meth in (task.result, task.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print(meth.__name__, "->", type(e).__name__, e)
    print(await task, task.done(), task.result(), task.exception())
    print(task.get_stack())
    print(isinstance(task, asyncio.Future), asyncio.isfuture(task))
    try:
        task.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        task.set_exception(ValueError())
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
