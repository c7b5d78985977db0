# Printing a TaskGroup's repr as it is entered, fills with tasks, collects an error and aborts
import asyncio


async def child(n, tg_ref):
    await asyncio.sleep(0.01 * n)
    if n == 2:
        print("inside failing child:", repr(tg_ref[0]))
        raise ValueError(f"child {n}")
    await asyncio.sleep(1)


async def main():
    tg = asyncio.TaskGroup()
    print("fresh:", repr(tg))
    ref = [tg]
    try:
        async with tg:
            print("entered:", repr(tg))
            for n in (1, 2, 3):
                tg.create_task(child(n, ref))
            print("with tasks:", repr(tg))
            await asyncio.sleep(0.5)
    except* ValueError as eg:
        print("caught:", [str(e) for e in eg.exceptions])
    print("after:", repr(tg))
    try:
        tg.create_task(child(9, ref))
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
