# as_completed with a timeout: the results that came in time, then TimeoutError; the slow tasks keep running.
import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (3, 1, 6, 2)]
    got = []
    try:
        for aw in asyncio.as_completed(tasks, timeout=0.45):
            got.append(await aw)
    except asyncio.TimeoutError as e:
        print('TimeoutError', repr(e), type(e) is TimeoutError)
    print('in time:', got)
    print('still running:', [t.get_name() for t in tasks if not t.done()])
    print('finally:', await tasks[2])
    it = asyncio.as_completed([])
    print('empty:', list(it))

asyncio.run(main())
