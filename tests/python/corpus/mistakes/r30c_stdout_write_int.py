# Writing a number straight to sys.stdout and printing to a list.
import sys
n = sys.stdout.write("count: ")
print(n)
log = []
try:
    print("hello", file=log)
except AttributeError as e:
    print("AttributeError:", e)
print("to None", file=None)
sys.stdout.write(42)
