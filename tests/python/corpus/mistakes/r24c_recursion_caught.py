import sys

def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)

print(countdown(50))
try:
    countdown(-1)
except RecursionError as e:
    print("RecursionError:", e)
print(sys.getrecursionlimit())
print(countdown(900))
