import asyncio

async def never_runs():
    print("this should not print")
    return 1

async def main():
    task = asyncio.create_task(never_runs(), name="early")
    print("cancel returned", task.cancel())
    print("cancelled?", task.cancelled(), "done?", task.done())
    try:
        await task
    except asyncio.CancelledError as e:
        print("caught CancelledError, args =", e.args)
    print("cancelled?", task.cancelled(), "done?", task.done())
    print("cancel again returns", task.cancel())
    print(repr(task).split(" coro=")[0])

asyncio.run(main())
