# A bare except catches sys.exit and the program keeps running.
import sys

def quit_early():
    print("quitting")
    sys.exit(2)

try:
    quit_early()
except:
    print("caught:", repr(sys.exc_info()[1]))
print("still running")
sys.exit("fatal: giving up")
