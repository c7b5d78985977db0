# printing the call stack from deep inside helper functions to see who called them
import traceback, sys

def helper(n):
    if n == 0:
        traceback.print_stack(file=sys.stderr)
        print("stack depth:", len(traceback.extract_stack()))
        print([f.name for f in traceback.extract_stack(limit=3)])
        return 0
    return helper(n - 1) + 1

def main():
    return helper(2)

print(main())
traceback.print_stack(limit=1)
