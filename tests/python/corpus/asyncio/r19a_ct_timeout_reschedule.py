# docs: timeout(None) rescheduled later; timeout_at with loop.time()
import asyncio

async def long_running_task(d):
    await asyncio.sleep(d)
    return d

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("when:", cm.when())
            new_deadline = loop.time() + 0.2
            cm.reschedule(new_deadline)
            print("rescheduled:", cm.when() == new_deadline)
            await long_running_task(10)
    except TimeoutError:
        print("timed out after reschedule")
    print("expired:", cm.expired())

    deadline = loop.time() + 0.3
    try:
        async with asyncio.timeout_at(deadline) as cm2:
            print(await long_running_task(0.1))
            print(await long_running_task(0.5))
    except TimeoutError:
        print("timeout_at fired")
    print(cm2.when() == deadline, cm2.expired())

    async with asyncio.timeout(0.1) as cm3:
        cm3.reschedule(None)
        print(await long_running_task(0.3))
    print("no deadline:", cm3.when(), cm3.expired())

asyncio.run(main())
