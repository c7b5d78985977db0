# Building the report in an io.StringIO, then using seek/tell/truncate to redo the last line.
import asyncio
import io
import math


async def fact(n):
    await asyncio.sleep(0.005)
    return math.factorial(n)


async def main():
    report = io.StringIO()
    for n in (3, 4):
        report.write(f"{n}! = {await fact(n)}\n")
    mark = report.tell()
    report.write("5! = WRONG\n")
    report.seek(mark)
    report.truncate()
    print(report.write(f"5! = {await fact(5)}\n"), report.tell())
    print(report.getvalue(), end="")
    report.seek(0)
    print(repr(report.readline()), report.readlines())
    report.close()
    report.write("x")


asyncio.run(main())
