# Writing the factorial table as CSV to stdout with csv.writer, then reading it back with DictReader.
import asyncio
import csv
import io
import math
import sys


async def row(n):
    await asyncio.sleep(0.005 * n)
    f = math.factorial(n)
    return [n, f, len(str(f)), f"{f:,}"]


async def main():
    rows = await asyncio.gather(*map(row, [3, 10, 15]))
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(["n", "factorial", "digits", "pretty"])
    writer.writerows(rows)
    buf = io.StringIO()
    csv.writer(buf, delimiter=";", quoting=csv.QUOTE_NONNUMERIC).writerows(rows[:1])
    print(buf.getvalue(), end="")
    text = "n,factorial\n4,24\n5,120\n"
    for d in csv.DictReader(io.StringIO(text)):
        print(d, int(d["factorial"]) == math.factorial(int(d["n"])))


asyncio.run(main())
