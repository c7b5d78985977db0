import asyncio


async def boom():
    await asyncio.sleep(0)
    raise LookupError("inside runner")


async def fine():
    return "fine"


with asyncio.Runner() as runner:
    try:
        runner.run(boom())
    except LookupError as e:
        print("caught", e)
    print(runner.run(fine()))
    try:
        runner.run(fine)
    except ValueError as e:
        print("ValueError:", e.args[0][:40])
print("closed")
runner.run(fine())
