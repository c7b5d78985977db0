import asyncio

async def long_running_task():
    for i in range(5):
        await asyncio.sleep(0.2)
        print("step", i)
    return "done"

async def main():
    try:
        async with asyncio.timeout(None) as cm:
            print("deadline at first:", cm.when())
            new_deadline = asyncio.get_running_loop().time() + 0.5
            cm.reschedule(new_deadline)
            print("rescheduled:", cm.when() == new_deadline)
            await long_running_task()
    except TimeoutError:
        print("Looks like we haven't finished on time")
    print("expired:", cm.expired())

asyncio.run(main())
