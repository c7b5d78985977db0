# interleaving print to stderr and stdout before an error
import sys
print("out 1")
print("err 1", file=sys.stderr)
print("out 2")
sys.stderr.write("err 2\n")
raise ValueError("final")
