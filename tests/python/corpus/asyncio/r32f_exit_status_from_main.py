# sys.exit with the value returned by asyncio.run: a CLI-style exit code
import asyncio
import sys

async def check_services():
    statuses = {"db": True, "cache": False, "api": True}
    failed = []
    for name, ok in statuses.items():
        await asyncio.sleep(0.005)
        print(f"{name:6} {'OK' if ok else 'FAIL'}")
        if not ok:
            failed.append(name)
    return len(failed)

if __name__ == "__main__":
    code = asyncio.run(check_services())
    print("exit code", code)
    sys.exit(code + 2)
