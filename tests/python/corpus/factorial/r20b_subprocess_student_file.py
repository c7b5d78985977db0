# Autograder writes the student's file to a temp dir and runs it with subprocess.
import subprocess, sys, tempfile, os

STUDENT = '''import asyncio
async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r
async def calculate_factorials(nums):
    print(await asyncio.gather(*[factorial(n) for n in nums]))
def main():
    print('Main - Starting')
    asyncio.run(calculate_factorials([5, 7, 3, 6]))
    print('Main - Done')
if __name__ == '__main__':
    main()
'''

with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, 'student.py')
    with open(path, 'w') as f:
        f.write(STUDENT)
    proc = subprocess.run([sys.executable, path], capture_output=True, text=True, timeout=10)
print('exit code:', proc.returncode)
print('stdout:', proc.stdout.splitlines())
print('stderr empty:', proc.stderr == '')
