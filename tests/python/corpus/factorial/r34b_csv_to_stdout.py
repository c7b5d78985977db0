# Write the factorial table as CSV to standard output (and read it back with DictReader).
import asyncio
import csv
import io
import sys


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.005)
    return r


async def main():
    nums = [0, 5, 10, 20]
    vals = await asyncio.gather(*map(factorial, nums))
    writer = csv.writer(sys.stdout)
    writer.writerow(["n", "n!", "digits", "note"])
    for n, v in zip(nums, vals):
        writer.writerow([n, v, len(str(v)), 'has "quotes", commas' if n == 10 else None])
    buf = io.StringIO()
    dw = csv.DictWriter(buf, fieldnames=["n", "value"], lineterminator="\n")
    dw.writeheader()
    dw.writerows({"n": n, "value": v} for n, v in zip(nums, vals))
    print(buf.getvalue(), end="")
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    print(rows[1], sum(int(r["value"]) for r in rows))


asyncio.run(main())
