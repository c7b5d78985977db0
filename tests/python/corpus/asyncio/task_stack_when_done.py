# Task.get_stack() and print_stack() of finished and cancelled tasks: no
# frames, "No stack for <Task ...>" (to stdout by default, or to file=);
# the task's repr names this file, shown here without its directory
import asyncio
import io


def show(text):
    print(text.replace(__file__, __file__.rsplit("/", 1)[-1]), end="")


async def work():
    await asyncio.sleep(0)
    return 7


async def main():
    t = asyncio.create_task(work(), name="worker")
    await t
    print(t.get_stack(), t.get_stack(limit=1))
    buf = io.StringIO()
    t.print_stack(file=buf)
    show(buf.getvalue())
    t2 = asyncio.create_task(work())
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        pass
    print(t2.get_stack())
    buf = io.StringIO()
    t2.print_stack(limit=3, file=buf)
    show(buf.getvalue())


asyncio.run(main())
