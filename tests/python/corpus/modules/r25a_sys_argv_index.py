import sys

print("args:", sys.argv[1:])
if len(sys.argv) > 5:
    print("many")
filename = sys.argv[1]
print("reading", filename)
