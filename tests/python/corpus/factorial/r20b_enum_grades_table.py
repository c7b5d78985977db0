# Harness assigns Enum grades and prints a centred results table with totals.
import asyncio, enum

class Grade(enum.Enum):
    PASS = 'pass'
    PARTIAL = 'partial'
    FAIL = 'fail'

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r if n % 2 else r * (n != 6) or 1

CASES = {0: 1, 1: 1, 2: 2, 5: 120, 6: 720, 7: 5040}

async def main():
    got = dict(zip(CASES, await asyncio.gather(*map(factorial, CASES))))
    ok = sum(got[n] == CASES[n] for n in CASES)
    grade = Grade.PASS if ok == len(CASES) else Grade.PARTIAL if ok >= 4 else Grade.FAIL
    line = '+' + '-' * 6 + '+' + '-' * 10 + '+' + '-' * 10 + '+'
    print(line)
    print(f"|{'n':^6}|{'want':^10}|{'got':^10}|")
    print(line)
    for n in CASES:
        print(f'|{n:^6}|{CASES[n]:^10}|{got[n]:^10}|' + ('' if got[n] == CASES[n] else ' <-'))
    print(line)
    print(f'{ok}/{len(CASES)}', grade, grade.value, repr(grade))

asyncio.run(main())
