# test_wait.c: wait_wait_for_timeout_and_task_group_as_in_cpython
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    if fail:
        raise ValueError(name)
    print(f"{name} done")
    return name


def names(fs, order):
    return [t.get_name() for t in order if t in fs]


async def main():
    loop = asyncio.get_running_loop()
    ts = [asyncio.create_task(job(n, d, f), name=n) for n, d, f in [("a", 0.4, False), ("b", 0.1, False), ("c", 0.2, True)]]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(f"first completed: {names(done, ts)} {names(pending, ts)}")
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print(f"first exception: {names(done, ts)} {names(pending, ts)}")
    done, pending = await asyncio.wait(ts, timeout=0.1)
    print(f"timeout: {names(done, ts)} {names(pending, ts)}")
    done, pending = await asyncio.wait(ts)
    print(f"all: {names(done, ts)} {names(pending, ts)}")
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(f"wait([]): {e!r}")

    print(await asyncio.wait_for(asyncio.create_task(job("d", 0.1)), 1))
    try:
        await asyncio.wait_for(asyncio.create_task(job("e", 1)), 0.1)
    except TimeoutError as e:
        print(f"wait_for: {e!r}")
    try:
        await asyncio.wait_for(asyncio.create_task(job("f", 1)), 0)
    except TimeoutError as e:
        print(f"wait_for 0: {e!r}")

    try:
        async with asyncio.timeout(0.1) as cm:
            print(f"when: {cm.when() - loop.time():.1f}")
            await job("g", 1)
    except TimeoutError as e:
        print(f"timeout: {e!r}, expired: {cm.expired()}")
    async with asyncio.timeout(0.5) as cm:
        cm.reschedule(loop.time() + 0.2)
        await job("h", 0.1)
    print(f"expired: {cm.expired()}")
    try:
        async with asyncio.timeout_at(loop.time() + 0.1):
            async with asyncio.timeout(1):
                await job("i", 2)
    except TimeoutError:
        print(f"outer timeout")

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("j", 0.1))
            tg.create_task(job("k", 0.2, True))
            tg.create_task(job("l", 0.5))
            await job("body", 1)
    except ExceptionGroup as eg:
        print(f"{eg} {eg!r}")
    async with asyncio.TaskGroup() as tg:
        x = tg.create_task(job("m", 0.1))
        y = tg.create_task(job("n", 0.2))
    print(f"group done: {x.result()} {y.result()}")


asyncio.run(main())
