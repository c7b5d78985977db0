# Before printing Unicode tables of factorials, check the stream encodings and some sys flags.
import asyncio
import sys

print("stdout:", sys.stdout.encoding, sys.stdout.errors, "tty:", sys.stdout.isatty())
print("stdin tty:", sys.stdin.isatty(), "default:", sys.getdefaultencoding())
print("filesystem:", sys.getfilesystemencoding(), "| no bytecode:", sys.dont_write_bytecode)
print("int_max_str_digits flag:", sys.flags.int_max_str_digits, "| optimize:", sys.flags.optimize)
print("switch interval:", sys.getswitchinterval())


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.005)
        r *= i
    return r


written = sys.stdout.write(f"6! = {asyncio.run(factorial(6))} ✓\n")
print("characters written:", written)
