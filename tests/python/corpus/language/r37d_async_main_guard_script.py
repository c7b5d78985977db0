# A script-style async program with argv handling, a main() guard and a non-zero exit via SystemExit.
import asyncio
import sys

async def fetch_all(names):
    async def fetch(n):
        await asyncio.sleep(0.01 * len(n))
        if not n.isalpha():
            raise ValueError(f"bad name {n!r}")
        return n.capitalize()
    return await asyncio.gather(*(fetch(n) for n in names), return_exceptions=True)

def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    names = argv or ["ann", "b0b", "cid"]
    results = asyncio.run(fetch_all(names))
    ok = [r for r in results if isinstance(r, str)]
    bad = [r for r in results if isinstance(r, Exception)]
    print("ok:", ok)
    for e in bad:
        print("error:", e, file=sys.stderr)
    return 1 if bad else 0

if __name__ == "__main__":
    print("argv:", [a.rsplit("/", 1)[-1] for a in sys.argv])
    print("first run exit code", main(["x", "y"]))
    sys.exit(main())
