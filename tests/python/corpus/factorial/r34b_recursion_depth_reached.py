# How deep can the recursive factorial go? Catch RecursionError and report the depth, sync vs async.
import asyncio
import sys

depth = 0


def fact_sync(n):
    global depth
    depth += 1
    return 1 if n == 0 else n * fact_sync(n - 1)


async def fact_async(n):
    global depth
    depth += 1
    return 1 if n == 0 else n * await fact_async(n - 1)


def main():
    global depth
    print("limit:", sys.getrecursionlimit())
    print("900! digits:", len(str(fact_sync(900))))
    try:
        fact_sync(5000)
    except RecursionError as e:
        print("sync RecursionError:", e, "| deep enough:", depth > 900)
    depth = 0
    try:
        asyncio.run(fact_async(5000))
    except RecursionError as e:
        print("async RecursionError:", e, "| deep enough:", depth > 400)
    sys.setrecursionlimit(3000)
    print("2500! digits:", len(str(fact_sync(2500))))


main()
