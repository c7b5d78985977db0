# test_taskgroups: test_taskgroup_not_entered / create_task after the group ended
import asyncio

async def nop():
    return 1

async def main():
    g = asyncio.TaskGroup()
    c = nop()
    try:
        g.create_task(c)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c.close()
    async with g:
        t = g.create_task(nop())
    print(t.result())
    c2 = nop()
    try:
        g.create_task(c2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    c2.close()
    try:
        async with g:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
