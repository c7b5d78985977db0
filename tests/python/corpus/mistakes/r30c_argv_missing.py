# Reading a command-line argument that was not given.
import sys
print("program:", sys.argv[0].endswith(".py"))
filename = sys.argv[1]
print("reading", filename)
