# Running shell commands concurrently with asyncio subprocesses
import asyncio
import sys

async def run(cmd):
    proc = await asyncio.create_subprocess_exec(
        *cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await proc.communicate()
    return proc.returncode, stdout.decode().strip(), stderr.decode().strip()

async def main():
    results = await asyncio.gather(
        run([sys.executable, "-c", "print('hello from child')"]),
        run([sys.executable, "-c", "import sys; sys.exit(3)"]),
        run([sys.executable, "-c", "import sys; print('oops', file=sys.stderr)"]),
    )
    for code, out, err in results:
        print(f"[exit {code}] out={out!r} err={err!r}")
    proc = await asyncio.create_subprocess_shell("echo shell says hi", stdout=asyncio.subprocess.PIPE)
    print((await proc.stdout.read()).decode().strip(), await proc.wait())

asyncio.run(main())
