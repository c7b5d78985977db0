# sys.stdout/stderr/stdin.isatty() (False for the pipes the corpus runs with) and fileno()
import sys
for s in (sys.stdin, sys.stdout, sys.stderr):
    print(s.fileno(), s.isatty())
if not sys.stdout.isatty():
    print('output is redirected')
