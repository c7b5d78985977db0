# asyncio.timeout(None) rescheduled from inside, as the docs show, with when() checked
import asyncio

async def long_running_task():
    await asyncio.sleep(0.5)
    return "finished"

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("when at start:", cm.when())
            new_deadline = loop.time() + 0.2
            cm.reschedule(new_deadline)
            print("rescheduled:", cm.when() == new_deadline)
            await long_running_task()
    except TimeoutError:
        print("Looks like we haven't finished in time.")
    print("expired:", cm.expired())

asyncio.run(main())
