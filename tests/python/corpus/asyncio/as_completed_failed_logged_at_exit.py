# as_completed: the first failure is caught; the other failed children, never retrieved, are logged at exit (CPython's last collection).
import asyncio

async def worker(label, delay):
    await asyncio.sleep(delay)
    return label + 10 / 0

async def main():
    try:
        for f in asyncio.as_completed([worker(1, 0.1), worker(2, 0.2), worker(3, 0.3)]):
            print(await f)
    except ZeroDivisionError as e:
        print("caught", e)
    await asyncio.sleep(0.5)
    print("end of main")

asyncio.run(main())
print("after asyncio.run")
