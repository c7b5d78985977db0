# wait() with a timeout returns partial sets without cancelling; later a second wait picks up the rest
import asyncio


async def job(n):
    await asyncio.sleep(n / 10)
    return n


async def main():
    tasks = {asyncio.create_task(job(n), name=f"j{n}") for n in (1, 3, 5)}
    done, pending = await asyncio.wait(tasks, timeout=0.2)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print("any cancelled:", any(t.cancelled() for t in tasks))
    done2, pending2 = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done2), len(pending2))
    done3, _ = await asyncio.wait(pending2, timeout=None)
    print(sorted(t.result() for t in done | done2 | done3))


asyncio.run(main())
