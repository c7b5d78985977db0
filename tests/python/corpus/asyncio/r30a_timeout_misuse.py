# asyncio.timeout misused: entered twice, rescheduled before entering, used outside a task
import asyncio

async def main():
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(5)
    except RuntimeError as e:
        print("reschedule:", e)
    async with cm:
        pass
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("re-enter:", e)
    print(repr(cm).split(" when=")[0])
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        tg.create_task(asyncio.sleep(0))
        print(repr(tg))
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("TaskGroup:", e)

asyncio.run(main())
loop = asyncio.new_event_loop()
loop.run_until_complete(asyncio.timeout(1).__aenter__())
