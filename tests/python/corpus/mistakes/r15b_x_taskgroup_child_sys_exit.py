# Mistake: sys.exit inside a TaskGroup's child: it is not collected in an ExceptionGroup but ends the program.
import asyncio
import sys

async def child(n):
    await asyncio.sleep(0.1 * n)
    if n == 2:
        print("child 2 exits")
        sys.exit(7)
    print("child", n, "done")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 4):
                tg.create_task(child(n))
    finally:
        print("group left")

asyncio.run(main())
