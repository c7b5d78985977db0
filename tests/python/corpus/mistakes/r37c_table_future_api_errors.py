# poking at an asyncio Future and Task the wrong way, inside a running loop
import asyncio

async def work():
    await asyncio.sleep(0.01)
    return 1

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    task = asyncio.create_task(work())
    calls = [
        ("fut.result()", lambda: fut.result()),
        ("fut.exception()", lambda: fut.exception()),
        ("fut.set_exception(5)", lambda: fut.set_exception(5)),
        ("fut.set_exception(StopIteration())", lambda: fut.set_exception(StopIteration())),
        ("fut.add_done_callback()", lambda: fut.add_done_callback()),
        ("fut.add_done_callback(print, 1)", lambda: fut.add_done_callback(print, 1)),
        ("fut.remove_done_callback(print)", lambda: fut.remove_done_callback(print)),
        ("task.set_result(1)", lambda: task.set_result(1)),
        ("task.set_exception(ValueError())", lambda: task.set_exception(ValueError())),
        ("task.result()", lambda: task.result()),
        ("task.get_stack(limit='2')", lambda: task.get_stack(limit="2")),
        ("asyncio.Task(5)", lambda: asyncio.Task(5)),
        ("asyncio.sleep()", lambda: asyncio.sleep()),
        ("asyncio.Event().wait(1)", lambda: asyncio.Event().wait(1)),
        ("asyncio.Semaphore('2')", lambda: asyncio.Semaphore("2")),
        ("loop.call_later('1', print)", lambda: loop.call_later("1", print)),
    ]
    for label, call in calls:
        try:
            print(label, "->", call())
        except Exception as e:
            print(f"{label}: {type(e).__name__}: {e}")
    fut.set_exception(ValueError)
    print("exception set:", repr(fut.exception()))
    print(await task)

asyncio.run(main())
