# test_sync.c: a_semaphore_lets_value_tasks_in_and_the_rest_in_arrival_order
#              a_semaphore_waiter_cancelled_after_being_woken_gives_its_unit_back
#              a_bounded_semaphore_released_too_often_raises_value_error
import asyncio


async def worker(name, sem):
    async with sem:
        print(f"{name} in, locked: {sem.locked()}")
        await asyncio.sleep(0.15 if name == "B" else 0.1)
    print(f"{name} out")


async def acquirer(name, sem):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    print(f"{name} acquired")


async def main():
    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(worker(n, sem) for n in "ABCDE"))
    print(f"locked: {sem.locked()}")
    sem = asyncio.Semaphore(0)
    a = asyncio.create_task(acquirer("A", sem))
    b = asyncio.create_task(acquirer("B", sem))
    await asyncio.sleep(0)
    sem.release()
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print(f"locked: {sem.locked()}")
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print(f"ValueError: {e}")


asyncio.run(main())
