# Old tutorial style: make an event loop by hand and run the factorial jobs with run_until_complete.
import asyncio


async def factorial(n):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        result *= i
    print(f"factorial({n}) finished")
    return result


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
try:
    jobs = [loop.create_task(factorial(n)) for n in (5, 7, 3, 6)]
    results = loop.run_until_complete(asyncio.gather(*jobs))
    print("results:", results)
    print("loop running?", loop.is_running(), "closed?", loop.is_closed())
finally:
    loop.close()
print("closed?", loop.is_closed())
