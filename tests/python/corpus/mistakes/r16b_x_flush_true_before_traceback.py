# print(..., flush=True) before an error keeps the order of the two streams
import sys
print("first", flush=True)
print("second")
sys.stdout.flush()
sys.stderr.write("warning: about to fail\n")
print("third")
int("x")
