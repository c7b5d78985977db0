# A done callback on a task raises: the loop logs it with the handle, other callbacks still run
import asyncio


def check_result(task):
    if task.result() < 10:
        raise ValueError(f"result too small: {task.result()}")


def log_done(task):
    print("log_done saw", task.get_name(), task.result())


async def compute():
    await asyncio.sleep(0.01)
    return 3


async def main():
    t = asyncio.create_task(compute(), name="compute")
    t.add_done_callback(check_result)
    t.add_done_callback(log_done)
    await t
    await asyncio.sleep(0)
    print("main finished")


asyncio.run(main())
