# Gathering tasks that fail in different ways, inspecting results, then one failure escapes.
import asyncio

class QuotaError(Exception):
    def __init__(self, user, used):
        super().__init__(f"{user} used {used}%")
        self.user = user

async def job(kind, delay):
    await asyncio.sleep(delay)
    if kind == "ok":
        return delay
    if kind == "quota":
        raise QuotaError("ann", 120)
    if kind == "key":
        return {}["missing"]
    if kind == "zero":
        return 1 / 0

async def main():
    kinds = ["ok", "quota", "key", "ok", "zero"]
    results = await asyncio.gather(*(job(k, 0.01 * (i + 1)) for i, k in enumerate(kinds)),
                                   return_exceptions=True)
    for k, r in zip(kinds, results):
        print(f"{k:6}", repr(r), isinstance(r, BaseException))
    errors = [r for r in results if isinstance(r, Exception)]
    print(sorted(type(e).__name__ for e in errors), errors[0].user)
    tasks = [asyncio.create_task(job(k, d)) for k, d in [("ok", 0.3), ("quota", 0.05)]]
    try:
        await asyncio.gather(*tasks)
    except QuotaError as e:
        print("first failure:", e, "| other task done?", tasks[0].done())
    print(await tasks[0])
    await job("zero", 0.01)

asyncio.run(main())
