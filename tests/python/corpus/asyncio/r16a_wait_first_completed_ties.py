# wait(FIRST_COMPLETED): tasks finishing in the same loop step are all in done
import asyncio

async def main():
    tasks = [asyncio.create_task(asyncio.sleep(0.1, 'x'), name='x'),
             asyncio.create_task(asyncio.sleep(0.1, 'y'), name='y'),
             asyncio.create_task(asyncio.sleep(0.5, 'z'), name='z')]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), sorted(t.get_name() for t in pending))
    done2, pending2 = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done2), len(pending2))

asyncio.run(main())
